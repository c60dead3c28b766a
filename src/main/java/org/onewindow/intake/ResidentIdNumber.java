package org.onewindow.intake;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import org.onewindow.shared.i18n.Translations;

/**
 * Mainland China resident identity numbers (GB 11643-1999): 6-digit region code, 8-digit birth date,
 * 3-digit sequence and a check character computed with ISO 7064 MOD 11-2.
 */
public final class ResidentIdNumber {

    private static final Pattern FORMAT = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK_CHARACTERS = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private ResidentIdNumber() {
    }

    /** Upper-cases a trailing x and strips spaces, as clerks type numbers in many ways. */
    public static String normalize(String value) {
        return value == null ? "" : value.replace(" ", "").trim().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * Why the number is not valid, in the language of the request (see {@link Translations#current}); null if it is.
     * {@code today} is the hall's date (from the injected clock), so that a birth date "in the future" means the same
     * thing on every node, whatever the server's own zone, and tests control it.
     */
    public static String problem(String value, LocalDate today) {
        String number = normalize(value);
        if (!FORMAT.matcher(number).matches()) {
            return Translations.current("intake.error.idNumber.format");
        }
        if (birthDate(number, today) == null) {
            return Translations.current("intake.error.idNumber.birthDate");
        }
        if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
            return Translations.current("intake.error.idNumber.checkCharacter");
        }
        return null;
    }

    static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS[sum % 11];
    }

    /** The birth date in a valid number (digits 7 to 14); empty if it is impossible or after the hall's today. */
    public static java.util.Optional<LocalDate> birthDateOf(String validNumber, LocalDate today) {
        return java.util.Optional.ofNullable(birthDate(normalize(validNumber), today));
    }

    private static LocalDate birthDate(String number, LocalDate today) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return date.getYear() < 1900 || date.isAfter(today) ? null : date;
        } catch (DateTimeException e) {
            return null;
        }
    }
}
