package org.onewindow.reporting;

import java.time.LocalDate;

/** One week or month of answers, by the closing date of their cases. */
public record SatisfactionTrendPoint(LocalDate start, String label, long responses, Double goodRate,
        Double meanOverall) {
}
