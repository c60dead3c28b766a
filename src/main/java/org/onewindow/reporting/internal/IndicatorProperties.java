package org.onewindow.reporting.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.reporting.indicators.*}: the satisfaction report's analysis of the questionnaire's indicators.
 *
 * @param minimumAnswers complete answers (every indicator scored) an indicator set version needs before the report
 *                       places its indicators in the importance–performance quadrants and gives Cronbach's alpha;
 *                       below it the report says there are too few answers
 */
@ConfigurationProperties("onewindow.reporting.indicators")
public record IndicatorProperties(@DefaultValue("20") int minimumAnswers) {

    public IndicatorProperties {
        if (minimumAnswers < 3) {
            // Two answers always correlate perfectly (or not at all): no analysis below three.
            throw new IllegalArgumentException("onewindow.reporting.indicators.minimum-answers must be >= 3");
        }
    }
}
