package org.onewindow.reporting;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * The hall's public results (公示): each department's and each service item's evaluation figures for the current
 * month and the current year in the hall's time zone, as computed at {@code asOf}. Nothing personal is in it: no
 * case numbers, no names of staff or citizens, no comments; counts and rates by department and item only.
 *
 * @param asOf               when the figures were computed (the page says "as of hh:mm")
 * @param month              the current month in the hall's zone
 * @param minimumEvaluations evaluations a row needs before its rates are shown
 *                           ({@code onewindow.reporting.public-results.min-evaluations})
 * @param thisMonth          the figures of cases closed this month
 * @param thisYear           the figures of cases closed this year
 */
public record PublicResults(Instant asOf, YearMonth month, int minimumEvaluations, Period thisMonth,
        Period thisYear) {

    /** Which of the two periods. */
    public enum Span {
        MONTH, YEAR
    }

    public Period period(Span span) {
        return span == Span.YEAR ? thisYear : thisMonth;
    }

    /**
     * One period's figures: the whole hall, each department, and each service item under its lead department
     * (an item whose lead department changed during the period is listed under each). Departments sorted by code,
     * items by department and code.
     */
    public record Period(Figures hall, List<Row> departments, List<Row> items) {

        public Period {
            departments = List.copyOf(departments);
            items = List.copyOf(items);
        }
    }

    /**
     * A department ({@code departmentCode} = {@code code}) or a service item of a department, named in both
     * languages.
     */
    public record Row(String code, String nameZh, String nameEn, String departmentCode, Figures figures) {

        /** The name in the reader's language; the Chinese one when there is no English name. */
        public String name(Locale locale) {
            boolean english = Translations.ENGLISH.equals(Translations.supported(locale));
            return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
        }
    }

    /**
     * The figures of one row. Counts are always given; the rates and the bad reviews only when the row has at least
     * the minimum of evaluations ({@link #enough()}), else they are null: a rate of a handful of answers says more
     * about chance than about the service, and a bad review among three could point at one citizen.
     *
     * @param evaluations     first evaluations of the closed cases that count (not supplementary, not excluded)
     * @param closedCases     cases closed in the period
     * @param evaluationRate  evaluations / closed cases; null when too few or no case was closed
     * @param goodRate        good reviews (overall 3, 4 or 5) / evaluations
     * @param goodLow         lower bound of the 95% Wilson interval of {@code goodRate}
     * @param goodHigh        upper bound of the 95% Wilson interval of {@code goodRate}
     * @param badReviews      bad reviews (overall 1 or 2) that count
     * @param rectifiedOnTime of those, rectified by the rectification's deadline
     */
    public record Figures(long evaluations, long closedCases, boolean enough, Double evaluationRate, Double goodRate,
            Double goodLow, Double goodHigh, Long badReviews, Long rectifiedOnTime) {
    }
}
