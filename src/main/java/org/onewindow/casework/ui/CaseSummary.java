package org.onewindow.casework.ui;

import java.util.List;

import org.onewindow.casework.CaseEvent;
import org.onewindow.casework.Opinion;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.shared.ui.DueDateLabel;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/** The whole case as every department reads it: citizen, item, materials, notes and all opinions so far. */
class CaseSummary extends VerticalLayout {

    CaseSummary(CaseDetails details, List<Opinion> opinions, List<MaterialsNotice> notices, DirectoryService directory,
            HallDates dates) {
        this(details, opinions, notices, List.of(), directory, dates);
    }

    CaseSummary(CaseDetails details, List<Opinion> opinions, List<MaterialsNotice> notices, List<CaseEvent> events,
            DirectoryService directory, HallDates dates) {
        setPadding(false);

        Div header = section("Case " + details.caseNumber());
        Span status = new Span(details.status().name());
        status.addClassNames("status-badge", "status-" + details.status().name());
        status.setId("case-status");
        header.add(new Paragraph(status));
        header.add(line("Service item", details.serviceItemName() + " (" + details.serviceItemCode() + ")"));
        header.add(line("Lead department", directory.departmentName(details.leadDepartmentCode())));
        if (!details.collaboratingDepartmentCodes().isEmpty()) {
            header.add(line("Joint review", String.join(", ",
                    details.collaboratingDepartmentCodes().stream().map(directory::departmentName).toList())));
        }
        header.add(line("Citizen", details.citizenName() + " · " + details.citizenMaskedIdNumber() + " · "
                + details.citizenMaskedMobile()));
        header.add(line("Channel", details.channel().name()));
        header.add(line("Accepted", dates.dateTime(details.acceptedAt()) + " by " + details.registeredBy()));
        Paragraph dueLine = new Paragraph(new Span("Due: "),
                DueDateLabel.of(dates, details.dueAt(), details.isOverdue(dates.now())));
        header.add(dueLine);
        if (details.closedAt() != null) {
            header.add(line("Closed", dates.dateTime(details.closedAt())));
        }
        if (details.outcome() != null) {
            header.add(line("Decision", details.outcome().name()
                    + (details.outcomeReason() == null ? "" : " — " + details.outcomeReason())));
        }

        Div materials = section("Materials");
        UnorderedList list = new UnorderedList();
        for (CaseMaterial material : details.materials()) {
            list.add(new ListItem((material.received() ? "✔ " : "✘ ") + material.name()
                    + (material.received() ? "" : " (not received)")));
        }
        materials.add(list);
        if (details.notes() != null) {
            materials.add(line("Notes from the window", details.notes()));
        }

        for (MaterialsNotice notice : notices) {
            Paragraph line = new Paragraph(new Span("One-time notice of " + dates.dateTime(notice.issuedAt()) + " ("
                    + notice.stepName() + "): " + String.join("; ", notice.missing()) + (notice.resolvedAt() == null
                            ? " — waiting, bring by " + dates.date(notice.bringBy())
                            : " — received " + dates.dateTime(notice.resolvedAt())) + " "),
                    new RouterLink("print", MaterialsNoticeView.class, String.valueOf(notice.id())));
            line.setId("notice-" + notice.id());
            materials.add(line);
        }

        Div opinionSection = section("Opinions");
        opinionSection.setId("case-opinions");
        if (opinions.isEmpty()) {
            opinionSection.add(new Paragraph("No opinions yet."));
        }
        for (Opinion opinion : opinions) {
            Div entry = new Div();
            entry.addClassName("opinion");
            Div meta = new Div(new Span(opinion.stepName() + " · " + QueueNames.of(directory, opinion.departmentCode())
                    + " · " + opinion.authorName() + " · " + dates.dateTime(opinion.createdAt())
                    + (opinion.decision() == null ? "" : " · " + opinion.decision())));
            meta.addClassName("opinion-meta");
            entry.add(meta, new Paragraph(opinion.text()));
            opinionSection.add(entry);
        }
        add(header, materials, opinionSection);
        if (!events.isEmpty()) {
            Div eventSection = section("Deadlines and reassignments");
            eventSection.setId("case-events");
            for (CaseEvent event : events) {
                Paragraph line = new Paragraph(dates.dateTime(event.createdAt()) + " · " + event.taskName() + " · "
                        + QueueNames.of(directory, event.departmentCode()) + " · " + event.detail()
                        + (event.actor() == null ? "" : " (" + event.actor() + ")"));
                line.addClassName(event.kind() == CaseEvent.Kind.ESCALATED ? "overdue" : "case-event");
                eventSection.add(line);
            }
            add(eventSection);
        }
    }

    private static Div section(String title) {
        Div div = new Div(new H3(title));
        div.addClassName("case-section");
        return div;
    }

    private static Paragraph line(String label, String value) {
        Span strong = new Span(label + ": ");
        strong.getStyle().set("font-weight", "600");
        return new Paragraph(strong, new Span(value));
    }
}
