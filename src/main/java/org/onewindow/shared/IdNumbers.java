package org.onewindow.shared;

import java.util.regex.Pattern;

/** Masking of identity numbers for display: staff see only what their work needs. */
public final class IdNumbers {

    /**
     * A resident ID number (18 characters) or a mainland mobile (11 digits) standing alone in a text: not a part of a
     * longer number, a case number or a link's token.
     */
    private static final Pattern NUMBER_IN_TEXT = Pattern
            .compile("(?<![0-9A-Za-z])(?:\\d{17}[0-9Xx]|1[3-9]\\d{9})(?![0-9A-Za-z])");

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

    /**
     * A free text (a message, a reason someone typed) with every ID number and mobile in it masked as {@link #mask}
     * does, so a text shown to staff carries no more of a citizen's numbers than the fields beside it.
     */
    public static String maskWithin(String text) {
        return text == null ? null : NUMBER_IN_TEXT.matcher(text).replaceAll(found -> mask(found.group()));
    }
}
