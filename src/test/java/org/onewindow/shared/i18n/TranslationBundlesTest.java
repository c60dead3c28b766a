package org.onewindow.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every module's Chinese and English bundles carry the same keys with the same arguments, none empty and none
 * left in English, so no screen shows a raw key or half a sentence.
 */
class TranslationBundlesTest {

    /** Texts that are the same in both languages because they are names or codes. */
    private static final Set<String> SAME_IN_BOTH = Set.of("shared.app.language.english",
            "shared.app.language.chinese");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void everyModuleHasBothLanguagesWithTheSameKeysAndArguments() throws IOException {
        assertThat(Translations.findBundles()).contains("i18n/shared", "i18n/intake", "i18n/casework",
                "i18n/satisfaction", "i18n/reporting");
        Map<String, String> owner = new HashMap<>();
        for (String bundle : Translations.findBundles()) {
            String module = bundle.substring("i18n/".length());
            Properties english = load(bundle + ".properties");
            Properties chinese = load(bundle + "_zh_CN.properties");
            assertThat(new TreeSet<>(chinese.stringPropertyNames())).as("keys of %s in Chinese", bundle)
                    .containsExactlyElementsOf(new TreeSet<>(english.stringPropertyNames()));
            for (String key : english.stringPropertyNames()) {
                assertThat(key).as("key in %s", bundle).startsWith(module + ".");
                assertThat(owner.put(key, bundle)).as("%s is also in another bundle", key).isNull();
                String en = english.getProperty(key);
                String zh = chinese.getProperty(key);
                assertThat(en).as("English text of %s", key).isNotBlank();
                assertThat(zh).as("Chinese text of %s", key).isNotBlank();
                assertThat(arguments(zh)).as("arguments of %s in Chinese", key).isEqualTo(arguments(en));
                // Every text goes through MessageFormat, where a lone ' starts a quote and swallows the rest.
                assertThat(LONE_APOSTROPHE.matcher(en).find()).as("lone apostrophe in %s (write '')", key).isFalse();
                assertThat(LONE_APOSTROPHE.matcher(zh).find()).as("lone apostrophe in Chinese %s", key).isFalse();
                if (!SAME_IN_BOTH.contains(key)) {
                    assertThat(zh).as("Chinese text of %s is still English", key).isNotEqualTo(en);
                }
            }
        }
    }

    /**
     * A plural written {@code {n,choice,1#item|1<items}} reads "0 item" for none: ChoiceFormat takes the first
     * branch below its lowest limit. Every choice must start at 0 or below ({@code 0#items|1#item|1<items}).
     */
    @Test
    void everyPluralHasABranchForNone() throws IOException {
        List<String> withoutNone = new ArrayList<>();
        int choices = 0;
        for (String bundle : Translations.findBundles()) {
            for (String suffix : List.of(".properties", "_zh_CN.properties")) {
                Properties texts = load(bundle + suffix);
                for (String key : new TreeSet<>(texts.stringPropertyNames())) {
                    for (Format format : new MessageFormat(texts.getProperty(key), Locale.ENGLISH).getFormats()) {
                        if (format instanceof ChoiceFormat choice) {
                            choices++;
                            if (choice.getLimits()[0] > 0) {
                                withoutNone.add(bundle + suffix + ": " + key);
                            }
                        }
                    }
                }
            }
        }
        assertThat(choices).as("plural texts found").isGreaterThan(5);
        assertThat(withoutNone).as("plurals without a 0# branch").isEmpty();
    }

    @Test
    void textsAreFoundPerLanguageWithArguments() {
        assertThat(Translations.text(Translations.CHINESE, "shared.duration.days", 2, 3)).isEqualTo("2天3小时");
        assertThat(Translations.text(Translations.ENGLISH, "shared.duration.days", 2, 3)).isEqualTo("2 d 3 h");
        // Traditional Chinese readers get Simplified Chinese rather than English; other languages English.
        assertThat(Translations.text(Locale.TRADITIONAL_CHINESE, "shared.login.title")).isEqualTo("登录");
        assertThat(Translations.text(Locale.GERMAN, "shared.login.title")).isEqualTo("Sign in");
        assertThat(Translations.text(Translations.ENGLISH, "test.no.such.key")).isEqualTo("!test.no.such.key");
        assertThat(Translations.missingKeys()).contains("test.no.such.key");
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
