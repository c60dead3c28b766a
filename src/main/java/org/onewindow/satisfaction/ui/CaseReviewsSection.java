package org.onewindow.satisfaction.ui;

import java.util.List;
import java.util.Optional;

import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.satisfaction.RectificationService;
import org.onewindow.shared.ui.CaseSection;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouterLink;

/**
 * The citizen's reviews on the case page, for those who may see individual answers (follow-up staff,
 * managers, the heads of the department handling the case's bad review); everyone else sees nothing here.
 */
@org.springframework.stereotype.Component
class CaseReviewsSection implements CaseSection {

    private final RectificationService rectifications;
    private final HallDates dates;

    CaseReviewsSection(RectificationService rectifications, HallDates dates) {
        this.rectifications = rectifications;
        this.dates = dates;
    }

    @Override
    public Optional<Component> section(String caseNumber) {
        if (!rectifications.maySeeReviews(caseNumber)) {
            return Optional.empty();
        }
        List<CitizenReview> reviews = rectifications.reviewsOf(caseNumber);
        if (reviews.isEmpty()) {
            return Optional.empty();
        }
        Div section = new Div(new H3(I18NProvider.translate("satisfaction.review.sectionTitle")));
        section.addClassName("case-section");
        section.setId("case-reviews");
        reviews.forEach(review -> section.add(new ReviewCard(review, dates)));
        if (reviews.get(0).overall().isBad() && mayHandle(caseNumber)) {
            section.add(new RouterLink(I18NProvider.translate("satisfaction.review.handlingLink"),
                    RectificationView.class, caseNumber));
        }
        return Optional.of(section);
    }

    /** Heads of the department and managers handle a bad review; follow-up staff only read it. */
    private boolean mayHandle(String caseNumber) {
        try {
            rectifications.rectification(caseNumber);
            return true;
        } catch (org.springframework.security.access.AccessDeniedException | org.onewindow.shared.NotFoundException e) {
            return false;
        }
    }
}
