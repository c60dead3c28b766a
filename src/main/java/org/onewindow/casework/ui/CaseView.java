package org.onewindow.casework.ui;

import org.onewindow.casework.CaseFile;
import org.onewindow.casework.CaseFileService;
import org.onewindow.casework.InboxTask;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The case file: the record, every opinion, and who holds the open steps. */
@Route(value = "case", layout = MainLayout.class)
@PageTitle("Case | OneWindow")
@PermitAll
public class CaseView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver {

    private final transient CaseFileService caseFiles;
    private final transient DirectoryService directory;
    private final HallDates dates;
    private String caseNumber;

    public CaseView(CaseFileService caseFiles, DirectoryService directory, HallDates dates) {
        this.caseFiles = caseFiles;
        this.directory = directory;
        this.dates = dates;
        setMaxWidth("70em");
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
            add(new H2("Case not available"), new Paragraph(e.getMessage()));
            return;
        }
        add(new CaseSummary(file.caseDetails(), file.opinions(), file.materialsNotices(), file.events(), directory, dates));
        add(new H3("Open steps"));
        if (file.openSteps().isEmpty()) {
            add(new Paragraph("No open steps."));
        } else {
            Grid<InboxTask> steps = new Grid<>(InboxTask.class, false);
            steps.setId("case-open-steps");
            steps.addColumn(InboxTask::taskName).setHeader("Step");
            steps.addColumn(task -> QueueNames.of(directory, task.candidateGroup())).setHeader("Queue");
            steps.addColumn(task -> task.assignee() == null ? "unclaimed" : task.assignee()).setHeader("Assignee");
            steps.addColumn(task -> dates.date(task.dueAt())).setHeader("Due");
            steps.setItems(file.openSteps());
            steps.setAllRowsVisible(true);
            add(steps);
        }
    }
}
