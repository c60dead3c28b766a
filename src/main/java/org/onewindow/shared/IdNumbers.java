package org.onewindow.shared;

/** Masking of identity numbers for display: staff see only what their work needs. */
public final class IdNumbers {

    private IdNumbers() {
    }

    /** Keeps the first 3 and last 4 characters: {@code 110105********123X}. */
    public static String mask(String idNumber) {
        if (idNumber == null || idNumber.isEmpty()) {
            return "";
        }
        if (idNumber.length() <= 7) {
            return "*".repeat(idNumber.length());
        }
        return idNumber.substring(0, 3) + "*".repeat(idNumber.length() - 7) + idNumber.substring(idNumber.length() - 4);
    }

    /** Keeps the first 3 and last 4 digits of a mobile number: {@code 138****5678}. */
    public static String maskPhone(String phone) {
        return mask(phone);
    }
}
