package org.onewindow.satisfaction.ui;

import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * One of the citizen's answers, read-only: no screen lets staff change what a citizen said. The labels are in
 * the screen's language; what the citizen and the managers wrote stays as written.
 */
class ReviewCard extends Div {

    ReviewCard(CitizenReview review, HallDates dates) {
        addClassName("opinion");
        addClassName(review.overall().isBad() ? "review-bad" : "review-good");
        Span title = new Span(getTranslation(review.supplementary() ? "satisfaction.review.supplementary"
                : "satisfaction.review.first", SurveyTexts.rating(review.overall())));
        title.getStyle().set("font-weight", "600");
        add(title);
        if (!review.supplementary()) {
            add(new Paragraph(getTranslation("satisfaction.review.scores", review.scoresText(getLocale()),
                    review.visits())));
        }
        if (review.comment() != null) {
            add(new Paragraph("“" + review.comment() + "”"));
        }
        String channel = review.recordedBy() == null ? SurveyTexts.channel(review.channel())
                : getTranslation("satisfaction.review.recordedBy", SurveyTexts.channel(review.channel()),
                        review.recordedBy());
        Div meta = new Div(new Span(channel + " · " + dates.dateTime(review.answeredAt())));
        meta.addClassName("opinion-meta");
        add(meta);
        if (review.excluded()) {
            Div excluded = new Div(new Span(getTranslation("satisfaction.review.excluded", review.exclusionReason())));
            excluded.addClassName("opinion-meta");
            add(excluded);
        }
    }
}
