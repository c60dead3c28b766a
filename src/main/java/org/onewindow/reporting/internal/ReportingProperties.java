package org.onewindow.reporting.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.reporting.*}. In {@code internal}: only the report services read it; no other module does.
 *
 * @param minimumSample answers a department, item or staff member needs before it is ranked
 * @param forecast      the demand report's forecast
 * @param staffing      the demand report's window staffing
 * @param reprintAnswerMinutes how soon after a reprinted result notice a survey answer is set beside the reprint
 *                      in the satisfaction report's reliability figures
 */
@ConfigurationProperties("onewindow.reporting")
public record ReportingProperties(@DefaultValue("20") int minimumSample, @DefaultValue Forecast forecast,
        @DefaultValue Staffing staffing, @DefaultValue("10") int reprintAnswerMinutes) {

    public ReportingProperties {
        if (reprintAnswerMinutes < 1) {
            throw new IllegalArgumentException("onewindow.reporting.reprint-answer-minutes must be >= 1");
        }
    }

    /**
     * {@code onewindow.reporting.forecast.*}.
     *
     * @param weeks           weeks forecast, and weeks held out to measure the error
     * @param seasonWeeks     the season of Holt-Winters (52: a year)
     * @param historyWeeks    weeks of history read at most (at most 156, the three years a report may cover)
     * @param minimumFitWeeks the fewest weeks Holt's trend method is fitted on; an item needs these plus
     *                        {@code weeks} weeks of history to be forecast at all
     */
    public record Forecast(@DefaultValue("8") int weeks, @DefaultValue("52") int seasonWeeks,
            @DefaultValue("156") int historyWeeks, @DefaultValue("8") int minimumFitWeeks) {

        public Forecast {
            if (weeks < 1 || seasonWeeks < 2 || historyWeeks < 1 || minimumFitWeeks < 4) {
                throw new IllegalArgumentException("onewindow.reporting.forecast: weeks >= 1, season-weeks >= 2, "
                        + "history-weeks >= 1 and minimum-fit-weeks >= 4");
            }
        }
    }

    /**
     * {@code onewindow.reporting.staffing.*}.
     *
     * @param targetWaitMinutes      the mean wait at the windows to stay under
     * @param defaultHandlingMinutes the handling time at the front desk when none was measured in the range
     */
    public record Staffing(@DefaultValue("10") double targetWaitMinutes,
            @DefaultValue("15") double defaultHandlingMinutes) {

        public Staffing {
            if (!(targetWaitMinutes > 0) || !(defaultHandlingMinutes > 0)) {
                throw new IllegalArgumentException("onewindow.reporting.staffing: minutes must be > 0");
            }
        }
    }
}
