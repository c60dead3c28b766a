package org.onewindow.intake;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Unified social credit codes of enterprises and other organisations (GB 32100-2015): 18 characters from
 * the 31 of {@link #CHARACTERS} (no I, O, Z, S, V), a registering authority, an organisation type, a 6-digit
 * region code, a 9-character organisation code and a check character computed modulo 31.
 */
public final class UnifiedSocialCreditCode {

    /** The characters a code may use, in the order of their values 0 to 30. */
    static final String CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };
    private static final Pattern FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");

    /** What is wrong with a code, so screens and the API can say it in the reader's language. */
    public enum Problem {
        /** Not 18 characters from the allowed set, or the region part is not 6 digits. */
        FORMAT,
        /** The last character does not match the other 17: a typing error. */
        CHECK_CHARACTER
    }

    private UnifiedSocialCreditCode() {
    }

    /** Upper-cases and strips spaces and hyphens, as codes are copied from licences in many ways. */
    public static String normalize(String value) {
        return value == null ? "" : value.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
    }

    /** Why the code is not valid, or {@code null} when it is. */
    public static Problem problem(String value) {
        String code = normalize(value);
        if (!FORMAT.matcher(code).matches()) {
            return Problem.FORMAT;
        }
        return checkCharacter(code.substring(0, 17)) == code.charAt(17) ? null : Problem.CHECK_CHARACTER;
    }

    public static boolean isValid(String value) {
        return problem(value) == null;
    }

    /** The region code (digits 3 to 8) of the registering place, e.g. {@code 440300} for Shenzhen. */
    public static String regionCode(String validCode) {
        return normalize(validCode).substring(2, 8);
    }

    static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARACTERS.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARACTERS.charAt(check == 31 ? 0 : check);
    }
}
