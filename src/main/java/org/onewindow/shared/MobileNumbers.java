package org.onewindow.shared;

import java.util.regex.Pattern;

/**
 * The one rule of a mainland Chinese mobile number, for a citizen's registration and a staff account alike: eleven
 * digits, starting with 13 to 19.
 */
public final class MobileNumbers {

    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private MobileNumbers() {
    }

    /** Whether {@code number} (trimmed) is a mainland mobile number. */
    public static boolean isMainlandMobile(String number) {
        return number != null && MAINLAND_MOBILE.matcher(number.trim()).matches();
    }
}
