package org.onewindow.casework.ui;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.onewindow.casework.InboxTask;
import org.onewindow.casework.StepKind;
import org.onewindow.casework.TaskDetails;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** One step of one case: the whole case on the left, the form for this step below it. */
@Route(value = "task", layout = MainLayout.class)
@PermitAll
public class TaskView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver, HasDynamicTitle {

    private final transient TaskWorkService work;
    private final transient DirectoryService directory;
    private final HallDates dates;
    private final transient org.onewindow.casework.CaseFileService caseFiles;
    private String taskId;

    Button complete;
    /** The form completing the step, when the signed-in person may complete it. */
    StepCompletionForm stepForm;

    public TaskView(TaskWorkService work, DirectoryService directory, HallDates dates,
            org.onewindow.casework.CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
        this.work = work;
        this.directory = directory;
        this.dates = dates;
        setMaxWidth("70em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.task.pageTitle") + " | " + getTranslation("shared.app.title");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.taskId = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        TaskDetails details;
        try {
            details = work.details(taskId);
        } catch (NotFoundException | AccessDeniedException e) {
            add(new H1(getTranslation("casework.task.notAvailable")), new Paragraph(e.getMessage()));
            return;
        }
        InboxTask task = details.task();
        H1 title = new H1(StepNames.of(task.taskKey(), task.taskName()) + " · " + task.caseNumber());
        title.setId("task-title");
        Paragraph meta = new Paragraph(getTranslation("casework.task.meta",
                QueueNames.of(directory, task.candidateGroup()),
                dates.date(task.dueAt()), task.isClaimed() ? getTranslation("casework.task.claimedBy", task.assignee())
                        : getTranslation("casework.task.unclaimed")));
        meta.setId("task-meta");
        CaseSummary summary = new CaseSummary(details.caseDetails(), details.opinions(), details.materialsNotices(),
                directory, dates);
        try {
            summary.showScans(caseFiles.attachments(details.caseDetails().caseNumber()));
        } catch (org.onewindow.shared.NotFoundException caseNotVisible) {
            // The step is the reader's to see, its case file is not: the checklist shows no scans then.
        }
        add(title, meta, summary);

        Div form = new Div(new H3(getTranslation("casework.task.thisStep")));
        form.addClassName("case-section");
        HorizontalLayout buttons = new HorizontalLayout();
        if (details.mayClaim()) {
            Button claim = new Button(getTranslation("casework.task.claim"),
                    e -> act(() -> work.claim(taskId), getTranslation("casework.task.claimedNotice"), false));
            claim.setId("task-claim");
            claim.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            buttons.add(claim);
        }
        if (details.mayComplete()) {
            stepForm = new StepCompletionForm(work, directory, details);
            complete = new Button(getTranslation(
                    details.decidedAtWindow() ? "casework.task.decideAndClose" : "casework.task.complete"));
            form.add(stepForm);
            complete.setId("task-complete");
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (task.stepKind() == StepKind.DELIVERY || details.decidedAtWindow()) {
                // The result is in the citizen's hands: next, the notice with the survey's QR code.
                complete.addClickListener(
                        e -> completeStep(getTranslation("casework.task.closedNotice", task.caseNumber()),
                                ui -> ui.navigate(ResultNoticeLink.path(task.caseNumber()))));
            } else {
                complete.addClickListener(e -> completeStep(
                        getTranslation("casework.task.completedNotice", task.caseNumber()),
                        ui -> ui.navigate(MyTasksView.class)));
            }
            buttons.add(complete);
        } else if (!details.mayClaim()) {
            form.add(new Paragraph(task.isClaimed() ? getTranslation("casework.task.workedOnBy", task.assignee())
                    : getTranslation("casework.task.otherQueue")));
        }
        if (details.mayReturnForMaterials()) {
            Button returnForMaterials = new Button(getTranslation("casework.task.returnForMaterials"),
                    e -> new MaterialsNoticeDialog(work, details).open());
            returnForMaterials.setId("task-return-materials");
            returnForMaterials.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(returnForMaterials);
        }
        if (details.mayComplete() && (task.stepKind() == StepKind.REVIEW || task.stepKind() == StepKind.DECISION)) {
            Button consult = new Button(getTranslation("casework.task.consult"),
                    e -> DepartmentPickerDialog.consultation(work, directory, task, asked -> {
                        Notices.done(getTranslation("casework.consult.asked", asked.name(getLocale())));
                        render();
                    }).open());
            consult.setId("task-consult");
            buttons.add(consult);
        }
        if (details.mayTransfer()) {
            Button transfer = new Button(getTranslation("casework.task.transfer"),
                    e -> DepartmentPickerDialog.transfer(work, directory, task, transferredTo -> {
                        Notices.done(getTranslation("casework.transfer.done", transferredTo.name(getLocale())));
                        getUI().ifPresent(ui -> ui.navigate(DepartmentQueueView.class));
                    }).open());
            transfer.setId("task-transfer");
            buttons.add(transfer);
        }
        if (details.mayUnclaim()) {
            Button release = new Button(getTranslation("casework.task.release"),
                    e -> act(() -> work.unclaim(taskId), getTranslation("casework.task.releasedNotice"), true));
            release.setId("task-unclaim");
            buttons.add(release);
        }
        form.add(buttons);
        add(form);
    }

    private void act(Runnable action, String success, boolean backToInbox) {
        act(() -> {
            action.run();
            return true;
        }, success, backToInbox ? ui -> ui.navigate(MyTasksView.class) : null);
    }

    /** Completes the step when the form is accepted; a refused form stays as it is, showing why. */
    private void completeStep(String success, Consumer<UI> next) {
        act(stepForm::complete, success, next);
    }

    /**
     * Runs the action; when it was done, goes {@code next}, or shows the step again when {@code next} is null.
     * The action answers {@code false} when its form shows why it was not done.
     */
    private void act(BooleanSupplier action, String success, Consumer<UI> next) {
        try {
            if (!action.getAsBoolean()) {
                return;
            }
            Notices.done(success);
            if (next != null) {
                getUI().ifPresent(next);
            } else {
                render();
            }
        } catch (BusinessRuleException | NotFoundException | AccessDeniedException e) {
            Notices.warn(e.getMessage());
        }
    }
}
