package org.onewindow.support;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Data of a test's own: codes and resident ID numbers no other test of the shared context uses, so that scenarios
 * find their own records among the demo hall's and each other's.
 */
public final class Fresh {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK_CHARACTERS = "10X98765432";

    private Fresh() {
    }

    /** A code (of a department, a service item) starting with the prefix, new at every call. */
    public static String code(String prefix) {
        return prefix + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT);
    }

    /** A valid resident ID number of Xuzhou (320311), born 1 January 1980, random sequence: a new applicant. */
    public static String residentId() {
        return residentId("320311" + "19800101" + String.format("%03d", ThreadLocalRandom.current().nextInt(1000)));
    }

    /** The resident ID number of these 17 digits (region, birth date, sequence), with its check character. */
    public static String residentId(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK_CHARACTERS.charAt(sum % 11);
    }
}
