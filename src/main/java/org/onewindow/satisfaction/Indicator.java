package org.onewindow.satisfaction;

import java.util.Locale;
import java.util.regex.Pattern;

import org.onewindow.shared.i18n.Translations;

/**
 * One question of an indicator set (e.g. 服务效率), scored 1 to 5, named in Chinese and English.
 *
 * @param code stable within its set; answers keep their scores by it
 */
public record Indicator(String code, String nameZh, String nameEn) {

    /** The longest code. */
    public static final int MAX_CODE_LENGTH = 32;
    /** The longest name in either language. */
    public static final int MAX_NAME_LENGTH = 100;
    /** A code: capital letters, digits and underscores. */
    public static final Pattern CODE = Pattern.compile("[A-Z0-9_]+");

    /** The name in the reader's language: English for English readers, else Chinese. */
    public String name(Locale language) {
        boolean english = language != null && Translations.ENGLISH.equals(Translations.supported(language));
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
