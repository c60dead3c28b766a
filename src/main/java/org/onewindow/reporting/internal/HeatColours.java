package org.onewindow.reporting.internal;

import java.util.Locale;

/** A sequential scale from pale yellow (short) to deep red (the longest), readable with black text on it. */
final class HeatColours {

    private static final int[] LOW = { 0xff, 0xf7, 0xd6 };
    private static final int[] HIGH = { 0xe3, 0x4a, 0x33 };

    private HeatColours() {
    }

    /** The colour for a share of the maximum, 0 to 1. */
    static String of(double share) {
        double t = Math.max(0, Math.min(1, share));
        return String.format(Locale.ROOT, "#%02x%02x%02x", mix(0, t), mix(1, t), mix(2, t));
    }

    private static int mix(int channel, double t) {
        return (int) Math.round(LOW[channel] + (HIGH[channel] - LOW[channel]) * t);
    }
}
