package org.onewindow.crm.ui;

import java.util.List;

import org.onewindow.crm.ApplicantFile;
import org.onewindow.intake.CaseDetails;
import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The applicant's survey answers, case by case. Only the answers the service let through: for most readers the
 * file has none, and the view leaves this section out.
 */
class ReviewsSection extends Div {

    ReviewsSection(ApplicantFile file, HallDates dates) {
        setId("file-reviews");
        addClassName("case-section");
        add(new H3(getTranslation("crm.reviews.title")));
        for (CaseDetails details : file.cases()) {
            List<CitizenReview> answers = file.reviews().get(details.caseNumber());
            if (answers == null || answers.isEmpty()) {
                continue;
            }
            add(new H4(getTranslation("crm.reviews.case", details.caseNumber(), details.serviceItemName(getLocale()))));
            answers.forEach(review -> add(card(review, dates)));
        }
    }

    private Div card(CitizenReview review, HallDates dates) {
        Div card = new Div();
        card.addClassName("opinion");
        card.addClassName(review.overall().isBad() ? "review-bad" : "review-good");
        card.add(new Span(getTranslation(review.supplementary() ? "satisfaction.review.supplementary"
                : "satisfaction.review.first", getTranslation("satisfaction.rating." + review.overall().name()))));
        if (!review.supplementary()) {
            card.add(new Paragraph(getTranslation("satisfaction.review.scores",
                    review.scoresText(getLocale()), review.visits())));
        }
        if (review.comment() != null) {
            card.add(new Paragraph("“" + review.comment() + "”"));
        }
        Div meta = new Div(new Span(getTranslation("satisfaction.channel." + review.channel().name()) + " · "
                + dates.dateTime(review.answeredAt())));
        meta.addClassName("opinion-meta");
        card.add(meta);
        return card;
    }
}
