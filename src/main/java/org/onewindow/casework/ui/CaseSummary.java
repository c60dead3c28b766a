package org.onewindow.casework.ui;

import java.util.List;

import org.onewindow.casework.CaseEvent;
import org.onewindow.casework.Opinion;
import org.onewindow.casework.RoutedBy;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.Attachment;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.shared.ui.DueDateLabel;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.html.Anchor;
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

    private final Div header;
    /** Where the line of the routing rules' version goes: after the departments they chose. */
    private final int routedByIndex;
    /** The checklist's lines, one per material of the case, in the order of {@link CaseDetails#materials()}. */
    private final List<ListItem> checklist = new java.util.ArrayList<>();
    private final List<CaseMaterial> materialsOfCase;

    CaseSummary(CaseDetails details, List<Opinion> opinions, List<MaterialsNotice> notices, DirectoryService directory,
            HallDates dates) {
        this(details, opinions, notices, List.of(), directory, dates);
    }

    CaseSummary(CaseDetails details, List<Opinion> opinions, List<MaterialsNotice> notices, List<CaseEvent> events,
            DirectoryService directory, HallDates dates) {
        setPadding(false);

        header = section(getTranslation("casework.summary.case", details.caseNumber()));
        Span status = new Span(CaseLabels.status(details.status()));
        status.addClassNames("status-badge", "status-" + details.status().name());
        status.setId("case-status");
        header.add(new Paragraph(status));
        Paragraph itemLine = line(getTranslation("casework.summary.item"),
                getTranslation("casework.summary.itemWithCode", details.serviceItemName(getLocale()),
                        details.serviceItemCode(), details.serviceItemVersionLabel()));
        itemLine.setId("case-item");
        header.add(itemLine);
        header.add(
                line(getTranslation("casework.summary.lead"),
                        directory.departmentName(details.leadDepartmentCode(), getLocale())));
        if (!details.collaboratingDepartmentCodes().isEmpty()) {
            header.add(line(getTranslation("casework.summary.joint"), String.join(", ",
                    details.collaboratingDepartmentCodes().stream().map(directory::departmentName).toList())));
        }
        routedByIndex = (int) header.getChildren().count();
        header.add(line(getTranslation("casework.summary.citizen"),
                details.citizenName() + " · " + details.citizenMaskedIdNumber() + " · "
                        + (details.reachable() ? details.citizenMaskedMobile()
                                : getTranslation("casework.summary.noContact"))));
        header.add(line(getTranslation("casework.summary.channel"), CaseLabels.channel(details.channel())));
        header.add(line(getTranslation("casework.summary.accepted"),
                getTranslation("casework.summary.acceptedBy", dates.dateTime(details.acceptedAt()),
                        details.registeredBy())));
        Paragraph dueLine = new Paragraph(
                new Span(getTranslation("casework.common.label", getTranslation("casework.summary.due"))),
                DueDateLabel.of(dates, details.dueAt(), details.isOverdue(dates.now())));
        dueLine.setId("case-due");
        header.add(dueLine);
        if (details.closedAt() != null) {
            header.add(line(getTranslation("casework.summary.closed"), dates.dateTime(details.closedAt())));
        }
        if (details.outcome() != null) {
            header.add(line(getTranslation("casework.summary.decision"), CaseLabels.outcome(details.outcome())
                    + (details.outcomeReason() == null ? "" : " — " + details.outcomeReason())));
        }

        Div materials = section(getTranslation("casework.summary.materials"));
        UnorderedList list = new UnorderedList();
        list.setId("case-checklist");
        materialsOfCase = details.materials();
        for (CaseMaterial material : details.materials()) {
            String name = material.name(getLocale());
            ListItem line = new ListItem(material.received() ? "✔ " + name
                    : "✘ " + getTranslation("casework.summary.notReceived", name));
            checklist.add(line);
            list.add(line);
        }
        materials.add(list);
        if (details.notes() != null) {
            materials.add(line(getTranslation("casework.summary.notes"), details.notes()));
        }

        for (MaterialsNotice notice : notices) {
            String missing = String.join("; ", notice.missing());
            String step = StepNames.ofRecordedName(notice.stepName());
            Paragraph line = new Paragraph(new Span((notice.resolvedAt() == null
                    ? getTranslation("casework.summary.noticeWaiting", dates.dateTime(notice.issuedAt()), step, missing,
                            dates.date(notice.bringBy()))
                    : getTranslation("casework.summary.noticeReceived", dates.dateTime(notice.issuedAt()), step,
                            missing,
                            dates.dateTime(notice.resolvedAt())))
                    + " "),
                    new RouterLink(getTranslation("casework.summary.print"), MaterialsNoticeView.class,
                            String.valueOf(notice.id())));
            line.setId("notice-" + notice.id());
            materials.add(line);
        }

        Div opinionSection = section(getTranslation("casework.summary.opinions"));
        opinionSection.setId("case-opinions");
        if (opinions.isEmpty()) {
            opinionSection.add(new Paragraph(getTranslation("casework.summary.noOpinions")));
        }
        for (Opinion opinion : opinions) {
            Div entry = new Div();
            entry.addClassName("opinion");
            Div meta = new Div(
                    new Span(StepNames.of(opinion) + " · " + QueueNames.of(directory, opinion.departmentCode())
                            + " · " + opinion.authorName() + " · " + dates.dateTime(opinion.createdAt())
                            + (opinion.decision() == null ? "" : " · " + CaseLabels.decision(opinion.decision()))));
            meta.addClassName("opinion-meta");
            entry.add(meta, new Paragraph(RecordedTexts.opinionText(opinion.text())));
            opinionSection.add(entry);
        }
        add(header, materials, opinionSection);
        if (!events.isEmpty()) {
            Div eventSection = section(getTranslation("casework.summary.events"));
            eventSection.setId("case-events");
            for (CaseEvent event : events) {
                // A reissued lookup code happened at the window, in no step and no department.
                Paragraph line = new Paragraph(dates.dateTime(event.createdAt()) + " · "
                        + (event.taskName() == null ? "" : StepNames.ofRecordedName(event.taskName()) + " · ")
                        + (event.departmentCode() == null ? ""
                                : QueueNames.of(directory, event.departmentCode()) + " · ")
                        + RecordedTexts.eventDetail(event)
                        + (event.actor() == null ? "" : getTranslation("casework.summary.actor", event.actor())));
                line.addClassName(event.kind() == CaseEvent.Kind.ESCALATED ? "overdue" : "case-event");
                eventSection.add(line);
            }
            add(eventSection);
        }
    }

    /**
     * Says on each line of the checklist how many scans of that material the case has, each linked to the scan
     * endpoint (named by its number: the uploaded names are in the scans' own list).
     */
    void showScans(List<Attachment> scans) {
        for (int i = 0; i < materialsOfCase.size(); i++) {
            CaseMaterial material = materialsOfCase.get(i);
            List<Attachment> ofMaterial = scans.stream().filter(scan -> scan.isOf(material)).toList();
            if (ofMaterial.isEmpty()) {
                continue;
            }
            Span count = new Span(" · " + getTranslation("casework.summary.scanCount", ofMaterial.size()));
            count.setId("checklist-scans-" + i);
            count.addClassName("checklist-scans");
            for (int n = 0; n < ofMaterial.size(); n++) {
                Anchor link = new Anchor(CaseView.scanPath(ofMaterial.get(n).id()), "#" + (n + 1));
                link.setTarget("_blank");
                link.setRouterIgnore(true);
                link.getElement().setAttribute("title", ofMaterial.get(n).label());
                count.add(new Span(" "), link);
            }
            checklist.get(i).add(count);
        }
    }

    private static Div section(String title) {
        Div div = new Div(new H3(title));
        div.addClassName("case-section");
        return div;
    }

    /** Names the version of the routing rules that chose the departments; nothing for a case from before. */
    void showRoutedBy(RoutedBy routedBy) {
        if (routedBy != null) {
            Paragraph line = line(getTranslation("casework.summary.routedBy"),
                    getTranslation("casework.summary.routedByVersion", routedBy.version()));
            line.setId("case-routed-by");
            header.addComponentAtIndex(routedByIndex, line);
        }
    }

    private Paragraph line(String label, String value) {
        Span strong = new Span(getTranslation("casework.common.label", label));
        strong.getStyle().set("font-weight", "600");
        return new Paragraph(strong, new Span(value));
    }
}
