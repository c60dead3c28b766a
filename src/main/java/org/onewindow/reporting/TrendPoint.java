package org.onewindow.reporting;

import java.time.LocalDate;

/** One week or month of a trend: cases received and closed, on-time rate and mean cycle time of those closed. */
public record TrendPoint(LocalDate start, String label, long received, long closed, Double onTimeRate,
        Double meanCycleDays) {
}
