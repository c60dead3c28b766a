package org.onewindow.open311.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onewindow.casework.CaseSearchService;
import org.onewindow.intake.CaseSearchCriteria;
import org.onewindow.open311.internal.OnlineRequest;
import org.onewindow.open311.internal.OnlineRequestStore;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.ui.CaseSection;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * On the case page of a request made through the Open311 API: which client passed it on, and what it carried
 * besides the citizen and the description (contact e-mail, location, media). Only for staff who may find the case,
 * as these details are the citizen's. In the language of the screen it is shown on; what the request carried stays
 * as it came.
 */
@org.springframework.stereotype.Component
class OnlineRequestSection implements CaseSection {

    private final OnlineRequestStore onlineRequests;
    private final CaseSearchService caseSearch;
    private final HallDates dates;

    OnlineRequestSection(OnlineRequestStore onlineRequests, CaseSearchService caseSearch, HallDates dates) {
        this.onlineRequests = onlineRequests;
        this.caseSearch = caseSearch;
        this.dates = dates;
    }

    @Override
    public Optional<Component> section(String caseNumber) {
        Optional<OnlineRequest> found = onlineRequests.find(caseNumber);
        if (found.isEmpty() || !maySee(caseNumber)) {
            return Optional.empty();
        }
        OnlineRequest request = found.get();
        // Built by a bean rather than a component: Vaadin's static lookup speaks the current screen's language.
        Div section = new Div(new H3(I18NProvider.translate("open311.request.title")));
        section.addClassName("case-section");
        section.setId("case-online-request");
        section.add(new Paragraph(I18NProvider.translate("open311.request.submitted", request.clientName(),
                dates.dateTime(request.submittedAt()))));
        List<String> lines = new ArrayList<>();
        line(lines, I18NProvider.translate("open311.request.email"), request.email());
        line(lines, I18NProvider.translate("open311.request.address"), request.addressString());
        line(lines, I18NProvider.translate("open311.request.addressId"), request.addressId());
        if (request.lat() != null) {
            // Coordinates as GPS devices and map services write them, in any language.
            line(lines, I18NProvider.translate("open311.request.location"),
                    request.lat() + ", " + request.lon());
        }
        line(lines, I18NProvider.translate("open311.request.account"), request.accountId());
        line(lines, I18NProvider.translate("open311.request.device"), request.deviceId());
        lines.forEach(text -> section.add(new Paragraph(text)));
        if (request.mediaUrl() != null) {
            Anchor media = new Anchor(request.mediaUrl(), request.mediaUrl());
            media.setTarget("_blank");
            // The link comes from outside the hall: the opened page gets no hold on this one.
            media.getElement().setAttribute("rel", "noopener noreferrer");
            section.add(new Paragraph(new com.vaadin.flow.component.html.Span(
                    I18NProvider.translate("open311.request.media")), media));
        }
        return Optional.of(section);
    }

    /** The same visibility as case search: the front desk and managers every case, departments their own. */
    private boolean maySee(String caseNumber) {
        try {
            return caseSearch.search(new CaseSearchCriteria(caseNumber, null, null, null, null, null, null, null),
                    new PageRequest(0, 20)).stream().anyMatch(details -> details.caseNumber().equals(caseNumber));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    private void line(List<String> lines, String label, String value) {
        if (value != null) {
            lines.add(I18NProvider.translate("open311.request.line", label, value));
        }
    }
}
