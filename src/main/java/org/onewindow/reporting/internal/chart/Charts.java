package org.onewindow.reporting.internal.chart;

import java.util.List;

import org.onewindow.reporting.internal.ReportTexts;

/** What the charts share: their texts in the reader's language, given explicitly to {@code toSvg}. */
final class Charts {

    /** The most items an accessible description lists; the rest are counted. */
    static final int LISTED = 40;

    private Charts() {
    }

    /** The chart's own no-data message, or the standard one in the reader's language. */
    static String noData(ReportTexts texts, String message) {
        return message != null ? message : texts.t("reporting.chart.noData");
    }

    /** Items of an accessible description as a list ("a; b" or "a；b"), saying how many of {@code total} it left out. */
    static String list(ReportTexts texts, List<String> items, int total) {
        String list = items.stream().reduce((a, b) -> texts.t("reporting.chart.join.list", a, b)).orElse("");
        return items.size() < total ? texts.t("reporting.chart.more", list, texts.integer(total - items.size())) : list;
    }

    /** Items joined as a run of phrases ("a, b" or "a，b"). */
    static String phrases(ReportTexts texts, List<String> items) {
        return items.stream().reduce((a, b) -> texts.t("reporting.chart.join.comma", a, b)).orElse("");
    }
}
