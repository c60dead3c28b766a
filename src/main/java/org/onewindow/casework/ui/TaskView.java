package org.onewindow.casework.ui;

import java.util.List;

import org.onewindow.casework.Decision;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.TaskDetails;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
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

    static final String APPROVE = "approve";
    static final String REJECT = "reject";
    /** How a result reaches the citizen; the service records the label in the clerk's language. */
    static final List<String> DELIVERY_METHODS = List.of("window", "post", "electronic");

    private final transient TaskWorkService work;
    private final transient DirectoryService directory;
    private final HallDates dates;
    private String taskId;

    final TextArea opinion = new TextArea(getTranslation("casework.task.opinion"));
    final RadioButtonGroup<String> decision = new RadioButtonGroup<>(getTranslation("casework.task.decision"));
    final TextArea reason = new TextArea(getTranslation("casework.task.reasons"));
    final Select<String> deliveryMethod = new Select<>();
    final Checkbox delivered = new Checkbox(getTranslation("casework.task.handedOver"));
    final Button complete = new Button(getTranslation("casework.task.complete"));
    final CheckboxGroup<String> received = new CheckboxGroup<>();
    final CheckboxGroup<String> missing = new CheckboxGroup<>(getTranslation("casework.task.missing"));
    final TextArea missingNote = new TextArea(getTranslation("casework.task.missingNote"));

    public TaskView(TaskWorkService work, DirectoryService directory, HallDates dates) {
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
            add(new H2(getTranslation("casework.task.notAvailable")), new Paragraph(e.getMessage()));
            return;
        }
        InboxTask task = details.task();
        H2 title = new H2(StepNames.of(task.taskKey(), task.taskName()) + " · " + task.caseNumber());
        title.setId("task-title");
        Paragraph meta = new Paragraph(getTranslation("casework.task.meta", QueueNames.of(directory, task.candidateGroup()),
                dates.date(task.dueAt()), task.isClaimed() ? getTranslation("casework.task.claimedBy", task.assignee())
                        : getTranslation("casework.task.unclaimed")));
        meta.setId("task-meta");
        add(title, meta, new CaseSummary(details.caseDetails(), details.opinions(), details.materialsNotices(), directory, dates));

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
            form.add(stepForm(details));
            complete.setId("task-complete");
            complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (task.stepKind() == org.onewindow.casework.StepKind.DELIVERY) {
                // The result is in the citizen's hands: next, the notice with the survey's QR code.
                complete.addClickListener(e -> act(() -> completeStep(task),
                        getTranslation("casework.task.closedNotice", task.caseNumber()),
                        ui -> ui.navigate(ResultNoticeLink.path(task.caseNumber()))));
            } else {
                complete.addClickListener(e -> act(() -> completeStep(task),
                        getTranslation("casework.task.completedNotice", task.caseNumber()), true));
            }
            buttons.add(complete);
        } else if (!details.mayClaim()) {
            form.add(new Paragraph(task.isClaimed() ? getTranslation("casework.task.workedOnBy", task.assignee())
                    : getTranslation("casework.task.otherQueue")));
        }
        if (details.mayReturnForMaterials()) {
            Button returnForMaterials = new Button(getTranslation("casework.task.returnForMaterials"),
                    e -> openMaterialsDialog(details));
            returnForMaterials.setId("task-return-materials");
            returnForMaterials.addThemeVariants(ButtonVariant.LUMO_ERROR);
            buttons.add(returnForMaterials);
        }
        if (details.mayComplete() && (task.stepKind() == org.onewindow.casework.StepKind.REVIEW
                || task.stepKind() == org.onewindow.casework.StepKind.DECISION)) {
            Button consult = new Button(getTranslation("casework.task.consult"), e -> openConsultationDialog(details));
            consult.setId("task-consult");
            buttons.add(consult);
        }
        if (details.mayTransfer()) {
            Button transfer = new Button(getTranslation("casework.task.transfer"), e -> openTransferDialog(details));
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

    private Component stepForm(TaskDetails details) {
        InboxTask task = details.task();
        VerticalLayout fields = new VerticalLayout();
        fields.setPadding(false);
        opinion.setId("task-opinion");
        opinion.setWidthFull();
        opinion.setMaxLength(4000);
        switch (task.stepKind()) {
            case ACCEPTANCE -> {
                opinion.setLabel(getTranslation("casework.task.remark"));
                opinion.setPlaceholder(getTranslation("casework.task.remarkPlaceholder"));
                fields.add(opinion);
            }
            case REVIEW, JOINT_REVIEW, CONSULTATION -> {
                opinion.setLabel(getTranslation("casework.task.opinionOf", QueueNames.of(directory, task.candidateGroup())));
                opinion.setRequired(true);
                fields.add(opinion);
            }
            case DECISION -> {
                decision.setItems(APPROVE, REJECT);
                decision.setItemLabelGenerator(item -> getTranslation("casework.task." + item));
                decision.setId("task-decision");
                reason.setId("task-reason");
                reason.setWidthFull();
                reason.setMaxLength(4000);
                reason.setHelperText(getTranslation("casework.task.reasonsHelper"));
                fields.add(decision, reason);
            }
            case MATERIALS -> {
                received.setLabel(getTranslation("casework.task.received"));
                received.setId("task-received-materials");
                received.setItems(details.caseDetails().materials().stream().filter(m -> !m.received())
                        .map(m -> m.name()).toList());
                received.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
                fields.add(received);
            }
            case DELIVERY -> {
                deliveryMethod.setLabel(getTranslation("casework.task.delivered"));
                deliveryMethod.setItems(DELIVERY_METHODS);
                deliveryMethod.setItemLabelGenerator(method -> getTranslation("casework.delivery." + method));
                deliveryMethod.setId("task-delivery-method");
                delivered.setId("task-delivered");
                opinion.setLabel(getTranslation("casework.task.remark"));
                fields.add(deliveryMethod, delivered, opinion);
            }
        }
        return fields;
    }

    private void completeStep(InboxTask task) {
        switch (task.stepKind()) {
            case ACCEPTANCE -> work.confirmAcceptance(taskId, opinion.getValue());
            case REVIEW, JOINT_REVIEW, CONSULTATION -> {
                if (opinion.getValue().isBlank()) {
                    opinion.setErrorMessage(getTranslation("casework.task.opinionRequired"));
                    opinion.setInvalid(true);
                    throw new BusinessRuleException(getTranslation("casework.error.opinionMissing"));
                }
                work.submitOpinion(taskId, opinion.getValue());
            }
            case DECISION -> {
                if (decision.getValue() == null) {
                    decision.setErrorMessage(getTranslation("casework.task.chooseDecision"));
                    decision.setInvalid(true);
                    throw new BusinessRuleException(getTranslation("casework.task.chooseDecision"));
                }
                work.decide(taskId, new Decision(APPROVE.equals(decision.getValue()), reason.getValue()));
            }
            case MATERIALS -> work.confirmMaterialsReceived(taskId, new java.util.ArrayList<>(received.getSelectedItems()));
            case DELIVERY -> {
                if (deliveryMethod.getValue() == null || !delivered.getValue()) {
                    throw new BusinessRuleException(getTranslation("casework.task.confirmDelivery"));
                }
                work.confirmDelivery(taskId, getTranslation("casework.delivery." + deliveryMethod.getValue()),
                        opinion.getValue());
            }
        }
    }

    /** The one-time notice: the clerk ticks everything missing at once, pre-filled with what was not received. */
    private void openMaterialsDialog(TaskDetails details) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("casework.task.returnForMaterials"));
        dialog.setId("materials-dialog");
        missing.setItems(details.caseDetails().materials().stream().map(m -> m.name()).toList());
        missing.select(details.caseDetails().materials().stream().filter(m -> !m.received()).map(m -> m.name()).toList());
        missing.setId("materials-missing");
        missing.addThemeVariants(com.vaadin.flow.component.checkbox.CheckboxGroupVariant.LUMO_VERTICAL);
        missingNote.setId("materials-note");
        missingNote.setMaxLength(2000);
        missingNote.setWidthFull();
        Button issue = new Button(getTranslation("casework.task.issueNotice"), e -> {
            try {
                MaterialsNotice notice = work.returnForMaterials(taskId, new java.util.ArrayList<>(missing.getSelectedItems()),
                        missingNote.getValue());
                dialog.close();
                Notification.show(getTranslation("casework.task.returnedNotice"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(MaterialsNoticeView.class, String.valueOf(notice.id())));
            } catch (InvalidInputException ex) {
                missing.setErrorMessage(String.join(" ", ex.fieldErrors().values()));
                missing.setInvalid(true);
            } catch (BusinessRuleException | NotFoundException | AccessDeniedException ex) {
                Notification.show(ex.getMessage()).addThemeVariants(NotificationVariant.LUMO_WARNING);
            }
        });
        issue.setId("materials-issue");
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("casework.common.cancel"), e -> dialog.close());
        dialog.add(new VerticalLayout(missing, missingNote));
        dialog.getFooter().add(cancel, issue);
        dialog.open();
    }

    private void openConsultationDialog(TaskDetails details) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("casework.consult.title"));
        Select<org.onewindow.directory.Department> department = new Select<>();
        department.setLabel(getTranslation("casework.consult.department"));
        department.setId("consult-department");
        department.setItems(directory.departments().stream()
                .filter(d -> !d.code().equals(details.task().candidateGroup())).toList());
        department.setItemLabelGenerator(org.onewindow.directory.Department::name);
        TextArea question = new TextArea(getTranslation("casework.consult.question"));
        question.setId("consult-question");
        question.setWidthFull();
        question.setMaxLength(2000);
        com.vaadin.flow.component.textfield.IntegerField days = new com.vaadin.flow.component.textfield.IntegerField(
                getTranslation("casework.consult.days"));
        days.setId("consult-days");
        days.setMin(1);
        days.setMax(20);
        days.setValue(3);
        Button confirm = new Button(getTranslation("casework.consult.ask"), e -> {
            if (department.getValue() == null || days.getValue() == null) {
                department.setErrorMessage(getTranslation("casework.consult.chooseDepartment"));
                department.setInvalid(true);
                return;
            }
            try {
                work.requestConsultation(taskId, department.getValue().code(), question.getValue(), days.getValue());
                dialog.close();
                Notification.show(getTranslation("casework.consult.asked", department.getValue().name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (BusinessRuleException | NotFoundException | AccessDeniedException ex) {
                question.setErrorMessage(ex.getMessage());
                question.setInvalid(true);
            }
        });
        confirm.setId("consult-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(department, question, days));
        dialog.getFooter().add(new Button(getTranslation("casework.common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void openTransferDialog(TaskDetails details) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("casework.transfer.title",
                StepNames.of(details.task().taskKey(), details.task().taskName())));
        Select<org.onewindow.directory.Department> department = new Select<>();
        department.setLabel(getTranslation("casework.transfer.department"));
        department.setId("transfer-department");
        department.setItems(directory.departments().stream()
                .filter(d -> !d.code().equals(details.task().candidateGroup())).toList());
        department.setItemLabelGenerator(org.onewindow.directory.Department::name);
        TextArea reason = new TextArea(getTranslation("casework.transfer.reason"));
        reason.setId("transfer-reason");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Button confirm = new Button(getTranslation("casework.transfer.confirm"), e -> {
            if (department.getValue() == null) {
                department.setErrorMessage(getTranslation("casework.transfer.chooseDepartment"));
                department.setInvalid(true);
                return;
            }
            try {
                work.transfer(taskId, department.getValue().code(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("casework.transfer.done", department.getValue().name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(DepartmentQueueView.class));
            } catch (BusinessRuleException | NotFoundException | AccessDeniedException ex) {
                reason.setErrorMessage(ex.getMessage());
                reason.setInvalid(true);
            }
        });
        confirm.setId("transfer-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(department, reason));
        dialog.getFooter().add(new Button(getTranslation("casework.common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private void act(Runnable action, String success, boolean backToInbox) {
        act(action, success, backToInbox ? ui -> ui.navigate(MyTasksView.class) : null);
    }

    /** Runs the action; then goes {@code next}, or shows the step again when {@code next} is null. */
    private void act(Runnable action, String success, java.util.function.Consumer<com.vaadin.flow.component.UI> next) {
        try {
            action.run();
            Notification.show(success).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (next != null) {
                getUI().ifPresent(next);
            } else {
                render();
            }
        } catch (BusinessRuleException | NotFoundException | AccessDeniedException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
    }
}
