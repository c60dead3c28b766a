package org.onewindow.reporting.internal.chart;

/** What the charts share. */
public final class Charts {

    /** Shown in place of a chart whose selection has nothing to draw; each chart takes its own text too. */
    public static final String NO_DATA = "No data for this selection";

    private Charts() {
    }

    /** The end of an accessible description that lists {@code shown} of {@code total} items: how many it left out. */
    static String more(int shown, int total) {
        return shown < total ? "; and " + (total - shown) + " more" : "";
    }
}
