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

/**
 * On the case page of a request made through the Open311 API: which client passed it on, and what it carried
 * besides the citizen and the description (contact e-mail, location, media). Only for staff who may find the case,
 * as these details are the citizen's.
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
        Div section = new Div(new H3("Online request"));
        section.addClassName("case-section");
        section.setId("case-online-request");
        section.add(new Paragraph("Submitted through " + request.clientName() + " (Open311 API) on "
                + dates.dateTime(request.submittedAt()) + ". The applicant brings the materials to a window for the "
                + "acceptance review."));
        List<String> lines = new ArrayList<>();
        line(lines, "E-mail", request.email());
        line(lines, "Address", request.addressString());
        line(lines, "Address ID", request.addressId());
        if (request.lat() != null) {
            line(lines, "Location (WGS84)", request.lat() + ", " + request.lon());
        }
        line(lines, "Account at the client", request.accountId());
        line(lines, "Device", request.deviceId());
        lines.forEach(text -> section.add(new Paragraph(text)));
        if (request.mediaUrl() != null) {
            Anchor media = new Anchor(request.mediaUrl(), request.mediaUrl());
            media.setTarget("_blank");
            // The link comes from outside the hall: the opened page gets no hold on this one.
            media.getElement().setAttribute("rel", "noopener noreferrer");
            section.add(new Paragraph(new com.vaadin.flow.component.html.Span("Media: "), media));
        }
        return Optional.of(section);
    }

    /** The same visibility as case search: the front desk and managers every case, departments their own. */
    private boolean maySee(String caseNumber) {
        try {
            return caseSearch.search(new CaseSearchCriteria(caseNumber, null, null, null, null, null, null),
                    new PageRequest(0, 20)).stream().anyMatch(details -> details.caseNumber().equals(caseNumber));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    private static void line(List<String> lines, String label, String value) {
        if (value != null) {
            lines.add(label + ": " + value);
        }
    }
}
