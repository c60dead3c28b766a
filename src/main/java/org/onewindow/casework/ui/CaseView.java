package org.onewindow.casework.ui;

import org.onewindow.casework.CaseFile;
import org.onewindow.casework.CaseFileService;
import org.onewindow.casework.InboxTask;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The case file: the record, every opinion, and who holds the open steps. */
@Route(value = "case", layout = MainLayout.class)
@PermitAll
public class CaseView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver, HasDynamicTitle {

    private final transient CaseFileService caseFiles;
    private final transient DirectoryService directory;
    private final HallDates dates;
    private final transient org.springframework.beans.factory.ObjectProvider<org.onewindow.shared.ui.CaseSection> sections;
    private String caseNumber;

    public CaseView(CaseFileService caseFiles, DirectoryService directory, HallDates dates,
            org.springframework.beans.factory.ObjectProvider<org.onewindow.shared.ui.CaseSection> sections) {
        this.caseFiles = caseFiles;
        this.directory = directory;
        this.dates = dates;
        this.sections = sections;
        setMaxWidth("70em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.case.pageTitle") + " | " + getTranslation("shared.app.title");
    }

    /** Where a scan is served (relative to the application's root, like the page's other links). */
    static String scanPath(long attachmentId) {
        return "api/attachments/" + attachmentId;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.caseNumber = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CaseFile file;
        try {
            file = caseFiles.caseFile(caseNumber);
        } catch (NotFoundException e) {
            add(new H1(getTranslation("casework.case.notAvailable")), new Paragraph(e.getMessage()));
            return;
        }
        // The page's one level-one heading, as on every screen; the summary's sections stay level three.
        H1 title = new H1(getTranslation("casework.case.pageTitle") + " · " + caseNumber);
        title.setId("case-title");
        add(title);
        CaseSummary summary = new CaseSummary(file.caseDetails(), file.opinions(), file.materialsNotices(),
                file.events(), directory, dates);
        summary.showRoutedBy(file.routedBy());
        summary.showScans(file.attachments());
        add(summary);
        if (file.mayReissueLookupCode()) {
            add(new LookupCodeActions(caseNumber, caseFiles));
        }
        if (file.mayPrintResultNotice()) {
            add(ResultNoticeLink.anchor(caseNumber, "case-result-notice"));
        }
        sections.orderedStream().map(section -> section.section(caseNumber)).flatMap(java.util.Optional::stream)
                .forEach(this::add);
        caseFiles.processDiagram(caseNumber).ifPresent(svg -> {
            Div diagram = new Div(new H3(getTranslation("casework.case.diagram")));
            diagram.addClassName("case-section");
            diagram.setId("case-diagram");
            // Inside a div, so that the browser's HTML parser puts the drawing in the SVG namespace (an Html
            // component whose root is <svg> would be created as an unknown HTML element and show only text).
            com.vaadin.flow.component.Html picture = new com.vaadin.flow.component.Html("<div>" + svg + "</div>");
            diagram.add(picture);
            diagram.getStyle().set("overflow-x", "auto");
            add(diagram);
        });
        add(new CaseScansSection(file, caseFiles, dates));
        add(new H3(getTranslation("casework.case.steps")));
        Grid<org.onewindow.casework.StepRecord> history = new Grid<>(org.onewindow.casework.StepRecord.class, false);
        history.setId("case-steps");
        history.addColumn(step -> StepNames.of(step.taskKey(), step.stepName()))
                .setHeader(getTranslation("casework.inbox.column.step")).setAutoWidth(true);
        history.addColumn(step -> step.assignee() == null ? "" : step.assignee())
                .setHeader(getTranslation("casework.case.by"))
                .setAutoWidth(true);
        history.addColumn(step -> dates.dateTime(step.started())).setHeader(getTranslation("casework.case.started"))
                .setAutoWidth(true);
        history.addColumn(
                step -> step.ended() == null ? getTranslation("casework.case.stillOpen") : dates.dateTime(step.ended()))
                .setHeader(getTranslation("casework.case.ended")).setAutoWidth(true);
        history.addColumn(step -> HallDates.duration(step.duration(dates.now())))
                .setHeader(getTranslation("casework.case.took"))
                .setAutoWidth(true);
        history.setItems(file.steps());
        history.setAllRowsVisible(true);
        add(history);
        add(new H3(getTranslation("casework.case.openSteps")));
        if (file.openSteps().isEmpty()) {
            add(new Paragraph(getTranslation("casework.case.noOpenSteps")));
        } else {
            Grid<InboxTask> steps = new Grid<>(InboxTask.class, false);
            steps.setId("case-open-steps");
            steps.addColumn(task -> StepNames.of(task.taskKey(), task.taskName()))
                    .setHeader(getTranslation("casework.inbox.column.step"));
            steps.addColumn(task -> QueueNames.of(directory, task.candidateGroup()))
                    .setHeader(getTranslation("casework.inbox.column.queue"));
            steps.addColumn(
                    task -> task.assignee() == null ? getTranslation("casework.inbox.unclaimed") : task.assignee())
                    .setHeader(getTranslation("casework.inbox.column.assignee"));
            steps.addColumn(task -> dates.date(task.dueAt())).setHeader(getTranslation("casework.inbox.column.due"));
            steps.setItems(file.openSteps());
            steps.setAllRowsVisible(true);
            add(steps);
        }
    }
}
