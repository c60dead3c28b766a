package org.onewindow.shared.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text OneWindow shows or sends, in Simplified Chinese or English. Each module keeps its own bundle,
 * {@code i18n/<module>.properties} (English, the fallback) beside {@code i18n/<module>_zh_CN.properties}, so
 * modules add texts without touching a shared file; keys start with the module's name and must not repeat
 * across bundles. Screens reach these texts through Vaadin's {@code getTranslation} (see
 * {@code shared.ui.TranslationProvider}); code outside the UI calls this class statically, never as a bean:
 * {@link #text(Locale, String, Object...)} for a known reader (a citizen's SMS, a staff member's e-mail, an export
 * in the chosen language), {@link #current(String, Object...)} for the person whose request is being served.
 * Static because the bundles are fixed while the JVM runs, so there is nothing to inject or replace.
 */
public final class Translations {

    /** The hall's languages: Simplified Chinese first, as it is the hall's own. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(CHINESE, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final Set<String> MISSING = ConcurrentHashMap.newKeySet();

    /** The bundles never change while the JVM runs, so one source serves every lookup. */
    private static final ResourceBundleMessageSource SOURCE = new ResourceBundleMessageSource();
    private static final List<String> BUNDLES = findBundles();

    static {
        SOURCE.setBasenames(BUNDLES.toArray(String[]::new));
        SOURCE.setDefaultEncoding("UTF-8");
        // The JVM's own locale must not decide: an English reader gets the English base bundle.
        SOURCE.setFallbackToSystemLocale(false);
        // MessageFormat for every text, so "''" and "{0}" mean the same whether or not a text has arguments.
        SOURCE.setAlwaysUseMessageFormat(true);
    }

    private Translations() {
    }

    /**
     * The text in the language of the request being served: the screen's language in the UI (see
     * {@code SessionLocale}), the {@code Accept-Language} in the web APIs, English outside any request (jobs,
     * logs). For messages a service's caller reads, such as validation errors.
     */
    public static String current(String key, Object... arguments) {
        LocaleContext context = LocaleContextHolder.getLocaleContext();
        return lookUp(context == null ? ENGLISH : context.getLocale(), key, arguments);
    }

    /** The text under {@code key} in {@code locale}'s language, its {@code {0}}-style arguments filled in. */
    public static String text(Locale locale, String key, Object... arguments) {
        return lookUp(locale, key, arguments);
    }

    private static String lookUp(Locale locale, String key, Object... arguments) {
        try {
            return SOURCE.getMessage(key, arguments, supported(locale));
        } catch (NoSuchMessageException missing) {
            if (MISSING.add(key)) {
                log.warn("No text for key {} in {}", key, BUNDLES);
            }
            // Vaadin's convention for a missing translation: visible, and found by the tests.
            return "!" + key;
        }
    }

    /** The supported locale closest to the given one: any Chinese is Simplified Chinese, anything else English. */
    public static Locale supported(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /** Reads a language tag stored with a case ("zh-CN", "en"); unknown or empty tags are Chinese, the hall's own. */
    public static Locale fromTag(String tag) {
        return tag == null || tag.isBlank() ? CHINESE : supported(Locale.forLanguageTag(tag));
    }

    /** The bundles' base names, one per module, e.g. {@code i18n/intake}. */
    public static List<String> bundles() {
        return BUNDLES;
    }

    /** Keys asked for and not found since the JVM started; tests assert this stays empty. */
    public static Set<String> missingKeys() {
        return Collections.unmodifiableSet(new TreeSet<>(MISSING));
    }

    static List<String> findBundles() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver(Translations.class.getClassLoader())
                    .getResources("classpath*:i18n/*.properties");
            Set<String> names = new TreeSet<>();
            for (Resource file : files) {
                String name = file.getFilename();
                if (name != null && !name.contains("_")) {
                    names.add("i18n/" + name.substring(0, name.length() - ".properties".length()));
                }
            }
            return List.copyOf(new ArrayList<>(names));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the translation bundles", e);
        }
    }
}
