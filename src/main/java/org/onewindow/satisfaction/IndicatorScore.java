package org.onewindow.satisfaction;

import java.util.Locale;

/** The score (1 to 5) an answer gave one indicator of the set it answered. */
public record IndicatorScore(Indicator indicator, int score) {

    /** "服务效率 5" / "Service efficiency 5" in the reader's language. */
    public String text(Locale language) {
        return indicator.name(language) + " " + score;
    }
}
