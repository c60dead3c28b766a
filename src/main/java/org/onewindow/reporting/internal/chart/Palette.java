package org.onewindow.reporting.internal.chart;

import java.util.List;

/**
 * Colour-blind-safe colours. Categories use the Okabe-Ito palette (Okabe and Ito, "Color Universal Design",
 * 2008); ordered levels such as the five ratings use ColorBrewer's diverging RdYlBu; magnitudes (the heat
 * map) use ColorBrewer's sequential YlGnBu, light for little. All three are marked colour-blind safe by their
 * authors (C. Brewer, colorbrewer2.org). Lines also differ by marker shape and dash, so colour is never the only cue.
 */
final class Palette {

    /** Okabe-Ito without its yellow, which is too pale for a line on white. */
    static final List<String> CATEGORIES = List.of("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
            "#000000");

    static final String BAR = "#0072B2";
    static final String INTERVAL = "#212121";

    private static final List<List<String>> DIVERGING = List.of(
            List.of("#d7191c", "#2c7bb6"),
            List.of("#fc8d59", "#ffffbf", "#91bfdb"),
            List.of("#d7191c", "#fdae61", "#abd9e9", "#2c7bb6"),
            List.of("#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6"),
            List.of("#d73027", "#fc8d59", "#fee090", "#e0f3f8", "#91bfdb", "#4575b4"),
            List.of("#d73027", "#fc8d59", "#fee090", "#ffffbf", "#e0f3f8", "#91bfdb", "#4575b4"));

    static final List<String> SEQUENTIAL = List.of("#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0",
            "#225ea8", "#253494", "#081d58");

    private Palette() {
    }

    static String category(int index) {
        return CATEGORIES.get(index % CATEGORIES.size());
    }

    /** Colours for {@code levels} ordered levels, from the worst (red) to the best (blue). */
    static List<String> ordered(int levels) {
        if (levels < 2 || levels > DIVERGING.size() + 1) {
            throw new IllegalArgumentException(
                    "Between 2 and " + (DIVERGING.size() + 1) + " levels can be told apart, not " + levels);
        }
        return DIVERGING.get(levels - 2);
    }

    /** The sequential colour at {@code t} in [0, 1], interpolated between the palette's stops. */
    static String sequential(double t) {
        double position = Math.max(0, Math.min(1, t)) * (SEQUENTIAL.size() - 1);
        int below = (int) Math.floor(position);
        if (below >= SEQUENTIAL.size() - 1) {
            return SEQUENTIAL.get(SEQUENTIAL.size() - 1);
        }
        double fraction = position - below;
        int[] from = rgb(SEQUENTIAL.get(below));
        int[] to = rgb(SEQUENTIAL.get(below + 1));
        return String.format("#%02x%02x%02x", mix(from[0], to[0], fraction), mix(from[1], to[1], fraction),
                mix(from[2], to[2], fraction));
    }

    /** WCAG 2's minimum contrast for normal-size text (1.4.3, level AA), which GB/T 37668-2019 takes over. */
    static final double TEXT_CONTRAST = 4.5;

    /**
     * Black on light colours, white on dark ones. Pure black, not the charts' near-black: at the luminance where the
     * two meet (0.179) black and white both reach 4.58:1, while near-black would leave mid-tones at 4:1 or less.
     */
    static String textOn(String background) {
        return luminance(background) > 0.179 ? "#000000" : "#ffffff";
    }

    /**
     * A series' colour for text on white: the colour itself when it reads at 4.5:1, otherwise the same hue darkened
     * step by step until it does (Okabe-Ito's pink #CC79A7 is only 3.1:1). The value stays tied to its line by hue.
     */
    static String textColour(String colour) {
        int[] rgb = rgb(colour);
        String text = colour;
        for (double keep = 1; contrast(text, "#ffffff") < TEXT_CONTRAST; keep -= 0.05) {
            text = String.format("#%02x%02x%02x", Math.round(rgb[0] * keep), Math.round(rgb[1] * keep),
                    Math.round(rgb[2] * keep));
        }
        return text;
    }

    /** WCAG 2's contrast ratio between two colours, 1 to 21. */
    static double contrast(String one, String other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** WCAG 2's relative luminance of an sRGB colour "#rrggbb". */
    static double luminance(String colour) {
        int[] rgb = rgb(colour);
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static int mix(int from, int to, double fraction) {
        return (int) Math.round(from + (to - from) * fraction);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static int[] rgb(String hex) {
        int value = Integer.parseInt(hex.substring(1), 16);
        return new int[] { value >> 16 & 0xff, value >> 8 & 0xff, value & 0xff };
    }
}
