package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.figure;
import static org.onewindow.reporting.ui.ReportParts.section;

import org.onewindow.reporting.BadReviewFigures;
import org.onewindow.reporting.internal.ReportTexts;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;

/** The satisfaction report's figures on bad reviews: verified and rectified on time, appeals, still open. */
final class BadReviewsSection {

    private BadReviewsSection() {
    }

    static Div of(ReportTexts texts, BadReviewFigures f) {
        Div section = section(texts.t("reporting.satisfaction.badReviews"), "report-bad-reviews");
        Div figures = new Div(
                figure(texts.t("reporting.satisfaction.badReviews.count"), texts.integer(f.badReviews()),
                        "figure-bad-reviews"),
                figure(texts.t("reporting.satisfaction.badReviews.verified"),
                        texts.t("reporting.satisfaction.badReviews.ofTotal", texts.percent(f.verifiedOnTimeRate()),
                                texts.integer(f.verified())),
                        "figure-verified-on-time"),
                figure(texts.t("reporting.satisfaction.badReviews.rectified"),
                        texts.t("reporting.satisfaction.badReviews.ofTotal", texts.percent(f.rectifiedOnTimeRate()),
                                texts.integer(f.rectified())),
                        "figure-rectified-on-time"),
                figure(texts.t("reporting.satisfaction.badReviews.appeals"),
                        texts.t("reporting.satisfaction.badReviews.appealsValue", texts.integer(f.appeals()),
                                texts.integer(f.appealsUpheld()), texts.integer(f.appealsRejected())),
                        "figure-appeals"),
                figure(texts.t("reporting.satisfaction.badReviews.open"), texts.integer(f.open()), "figure-bad-open"));
        figures.addClassName("report-figures");
        Anchor list = new Anchor("bad-reviews", texts.t("reporting.satisfaction.badReviews.list"));
        list.setId("report-bad-review-list");
        section.add(figures, list);
        return section;
    }
}
