package org.onewindow.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every translation key the code names exists in the bundles, so a typo or a forgotten text fails the build
 * instead of showing "!key" on a screen. Keys built at run time ("reporting.channel." + channel) must at least
 * have their prefix in the bundles; the module's own tests cover each value of such keys.
 */
class TranslationKeysInCodeTest {

    /** Calls that take a key: Vaadin's getTranslation and translate, ours, and {@code @Menu} titles. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:getTranslation|translate|Translations\\.current|\\btext|\\bt)\\(\\s*(?:[\\w.()]+\\s*,\\s*)?\"([a-z][\\w-]*\\.[\\w.-]+)\"(\\s*\\+)?"
                    + "|@Menu\\(title\\s*=\\s*\"([a-z][\\w-]*\\.[\\w.-]+)\"");

    @Test
    void everyKeyNamedInTheCodeIsInTheBundles() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : Translations.findBundles()) {
            Properties english = TranslationBundlesTest.load(bundle + ".properties");
            keys.addAll(english.stringPropertyNames());
        }
        List<String> unknown = new ArrayList<>();
        int found = 0;
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_USE.matcher(Files.readString(source));
                while (matcher.find()) {
                    found++;
                    String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(3);
                    boolean prefix = matcher.group(2) != null;
                    boolean known = prefix ? keys.stream().anyMatch(existing -> existing.startsWith(key))
                            : keys.contains(key);
                    if (!known) {
                        unknown.add(source.getFileName() + ": " + key + (prefix ? "…" : ""));
                    }
                }
            }
        }
        assertThat(found).as("keys found in the code").isGreaterThan(30);
        assertThat(unknown).as("keys named in the code but missing from the bundles").isEmpty();
    }
}
