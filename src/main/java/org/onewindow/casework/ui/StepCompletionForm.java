package org.onewindow.casework.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onewindow.casework.Decision;
import org.onewindow.casework.Delivery;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.StepKind;
import org.onewindow.casework.StepOpinion;
import org.onewindow.casework.TaskDetails;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.FormErrors;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * The fields that complete one step, chosen by its kind: a remark at acceptance, the department's opinion at a
 * review, the decision with its reasons, the materials received, the delivery. Opinion and decision are bound to
 * their command records; the service's validator has the last word, shown on the fields.
 */
class StepCompletionForm extends VerticalLayout {

    /** The decision's choices, as the keys {@code casework.task.approve} and {@code casework.task.reject} name them. */
    static final String APPROVE = "approve";
    static final String REJECT = "reject";
    /** How a result reaches the citizen; the service records the label in the clerk's language. */
    static final List<String> DELIVERY_METHODS = List.of("window", "post", "electronic");

    private final transient TaskWorkService work;
    private final String taskId;
    private final StepKind kind;
    private final boolean decidedAtWindow;

    final TextArea opinion = new TextArea(getTranslation("casework.task.opinion"));
    final RadioButtonGroup<Boolean> decision = new RadioButtonGroup<>(getTranslation("casework.task.decision"));
    final TextArea reason = new TextArea(getTranslation("casework.task.reasons"));
    final Select<String> deliveryMethod = new Select<>();
    final Checkbox delivered = new Checkbox(getTranslation("casework.task.handedOver"));
    final CheckboxGroup<String> received = new CheckboxGroup<>();
    /** Refusals no field shows. */
    final Paragraph message = new Paragraph();
    private final Binder<StepOpinion> opinionBinder = new Binder<>(StepOpinion.class);
    private final Binder<Decision> decisionBinder = new Binder<>(Decision.class);
    private final Binder<Delivery> deliveryBinder = new Binder<>(Delivery.class);

    StepCompletionForm(TaskWorkService work, DirectoryService directory, TaskDetails details) {
        this.work = work;
        InboxTask task = details.task();
        this.taskId = task.taskId();
        this.kind = task.stepKind();
        this.decidedAtWindow = details.decidedAtWindow();
        setPadding(false);
        opinion.setId("task-opinion");
        opinion.setWidthFull();
        opinion.setMaxLength(StepOpinion.MAX_OPINION_LENGTH);
        FormErrors.messageLine(message, "task-form-message");
        switch (kind) {
            case ACCEPTANCE -> {
                if (decidedAtWindow) {
                    addDecision();
                    break;
                }
                opinion.setLabel(getTranslation("casework.task.remark"));
                opinion.setPlaceholder(getTranslation("casework.task.remarkPlaceholder"));
                add(opinion);
            }
            case REVIEW, JOINT_REVIEW, CONSULTATION -> {
                opinion.setLabel(
                        getTranslation("casework.task.opinionOf", QueueNames.of(directory, task.candidateGroup())));
                opinionBinder.forField(opinion).asRequired(getTranslation("casework.task.opinionRequired"))
                        .bind("opinion");
                add(opinion);
            }
            case DECISION -> addDecision();
            case MATERIALS -> {
                received.setLabel(getTranslation("casework.task.received"));
                received.setId("task-received-materials");
                // The service takes the recorded (Chinese) names; the clerk reads them in the screen's language.
                Map<String, String> labels = new java.util.HashMap<>();
                details.caseDetails().materials().forEach(m -> labels.put(m.name(), m.name(getLocale())));
                received.setItems(details.caseDetails().materials().stream().filter(m -> !m.received())
                        .map(m -> m.name()).toList());
                received.setItemLabelGenerator(name -> labels.getOrDefault(name, name));
                received.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                add(received);
            }
            case DELIVERY -> {
                deliveryMethod.setLabel(getTranslation("casework.task.delivered"));
                deliveryMethod.setItems(DELIVERY_METHODS);
                deliveryMethod.setItemLabelGenerator(method -> getTranslation("casework.delivery." + method));
                deliveryMethod.setId("task-delivery-method");
                delivered.setId("task-delivered");
                opinion.setLabel(getTranslation("casework.task.remark"));
                // The service records the method as the clerk read it, in the clerk's language.
                deliveryBinder.forField(deliveryMethod).asRequired(getTranslation("casework.error.deliveryMethod"))
                        .withConverter(method -> getTranslation("casework.delivery." + method), label -> null)
                        .bind("deliveryMethod");
                deliveryBinder.forField(opinion).bind("remark");
                add(deliveryMethod, delivered, opinion);
            }
        }
        add(message);
    }

    private void addDecision() {
        decision.setItems(true, false);
        decision.setItemLabelGenerator(approved -> getTranslation("casework.task." + (approved ? APPROVE : REJECT)));
        decision.setId("task-decision");
        reason.setId("task-reason");
        reason.setWidthFull();
        reason.setMaxLength(Decision.MAX_REASON_LENGTH);
        reason.setHelperText(getTranslation("casework.task.reasonsHelper"));
        decisionBinder.forField(decision).asRequired(getTranslation("casework.task.chooseDecision")).bind("approved");
        decisionBinder.forField(reason).bind("reason");
        add(decision, reason);
    }

    /**
     * Completes the step with what the form holds. Returns {@code false}, the step still open, when a field is
     * refused: the form then shows why, beside the fields.
     */
    boolean complete() {
        message.setVisible(false);
        try {
            switch (kind) {
                case ACCEPTANCE -> {
                    if (decidedAtWindow) {
                        work.decideAtWindow(taskId, decisionBinder.writeRecord());
                    } else {
                        work.confirmAcceptance(taskId, opinion.getValue());
                    }
                }
                case REVIEW, JOINT_REVIEW, CONSULTATION -> work.submitOpinion(taskId, opinionBinder.writeRecord());
                case DECISION -> work.decide(taskId, decisionBinder.writeRecord());
                case MATERIALS -> work.confirmMaterialsReceived(taskId, new ArrayList<>(received.getSelectedItems()));
                case DELIVERY -> {
                    Delivery delivery = deliveryBinder.writeRecord();
                    if (!delivered.getValue()) {
                        // The hand-over is confirmed on the screen only; the record is what was handed over.
                        message.setText(getTranslation("casework.task.confirmDelivery"));
                        message.setVisible(true);
                        return false;
                    }
                    work.confirmDelivery(taskId, delivery);
                }
            }
            return true;
        } catch (ValidationException notSent) {
            // The binder marked the fields it refused itself.
            return false;
        } catch (InvalidInputException refused) {
            Map<String, String> unplaced = FormErrors.show(decidedAtWindow ? decisionBinder : switch (kind) {
                case DECISION -> decisionBinder;
                case DELIVERY -> deliveryBinder;
                default -> opinionBinder;
            }, refused);
            if (!unplaced.isEmpty()) {
                message.setText(String.join(" ", unplaced.values()));
                message.setVisible(true);
            }
            return false;
        }
    }
}
