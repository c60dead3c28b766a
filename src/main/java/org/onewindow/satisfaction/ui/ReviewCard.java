package org.onewindow.satisfaction.ui;

import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** One of the citizen's answers, read-only: no screen lets staff change what a citizen said. */
class ReviewCard extends Div {

    ReviewCard(CitizenReview review, HallDates dates) {
        addClassName("opinion");
        addClassName(review.overall().isBad() ? "review-bad" : "review-good");
        String heading = (review.supplementary() ? "Supplementary review: " : "Review: ")
                + SurveyTexts.rating(review.overall());
        Span title = new Span(heading);
        title.getStyle().set("font-weight", "600");
        add(title);
        if (!review.supplementary()) {
            add(new Paragraph("Timeliness " + review.timeliness() + " · attitude " + review.attitude()
                    + " · transparency " + review.transparency() + " · convenience " + review.convenience()
                    + " · outcome " + review.outcome() + " (of 5) · came " + review.visits()
                    + (review.visits() == 1 ? " time" : " times")));
        }
        if (review.comment() != null) {
            add(new Paragraph("“" + review.comment() + "”"));
        }
        Div meta = new Div(new Span(channel(review.channel())
                + (review.recordedBy() == null ? "" : " (recorded by " + review.recordedBy() + ")") + " · "
                + dates.dateTime(review.answeredAt())));
        meta.addClassName("opinion-meta");
        add(meta);
        if (review.excluded()) {
            Div excluded = new Div(new Span("Excluded from the statistics: " + review.exclusionReason()));
            excluded.addClassName("opinion-meta");
            add(excluded);
        }
    }

    static String channel(AnswerChannel channel) {
        return switch (channel) {
            case LINK -> "Answered through the survey link";
            case KIOSK -> "Rated at the window";
            case PHONE -> "Answered on the phone";
        };
    }
}
