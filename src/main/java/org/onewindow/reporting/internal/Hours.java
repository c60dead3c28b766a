package org.onewindow.reporting.internal;

import java.util.Locale;

/** Durations in hours as people read them: minutes under an hour, hours under two days, days beyond. */
final class Hours {

    private Hours() {
    }

    static String format(Double hours) {
        if (hours == null) {
            return "–";
        }
        if (hours < 1) {
            return Math.round(hours * 60) + " min";
        }
        if (hours < 48) {
            return String.format(Locale.ROOT, "%.1f h", hours);
        }
        return String.format(Locale.ROOT, "%.1f d", hours / 24);
    }
}
