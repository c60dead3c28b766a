package org.onewindow.casework.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.casework.Consultation;
import org.onewindow.casework.ConsultationField;
import org.onewindow.casework.Decision;
import org.onewindow.casework.DecisionField;
import org.onewindow.casework.Delivery;
import org.onewindow.casework.DeliveryField;
import org.onewindow.casework.OpinionField;
import org.onewindow.casework.StepOpinion;
import org.onewindow.casework.Transfer;
import org.onewindow.casework.TransferField;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.InputField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * The one check of each command a staff member fills in on a step: the task screen and the inbox API both reach
 * it through {@code TaskWorkService}, so a refusal names the same fields with the same messages. What depends on
 * the step's state (claimed, pending consultations) stays with the service.
 */
@Component
class StepCommandValidator {

    private final DirectoryService directory;

    StepCommandValidator(DirectoryService directory) {
        this.directory = directory;
    }

    void check(StepOpinion command) {
        Map<OpinionField, String> errors = new LinkedHashMap<>();
        if (isBlank(command.opinion())) {
            errors.put(OpinionField.OPINION, Translations.current("casework.error.opinionMissing"));
        } else {
            tooLong(errors, OpinionField.OPINION, command.opinion(), StepOpinion.MAX_OPINION_LENGTH);
        }
        refuseIfAny(errors);
    }

    void check(Decision command) {
        Map<DecisionField, String> errors = new LinkedHashMap<>();
        if (!command.approved() && isBlank(command.reason())) {
            errors.put(DecisionField.REASON, Translations.current("casework.error.rejectionReason"));
        } else if (command.reason() != null) {
            tooLong(errors, DecisionField.REASON, command.reason(), Decision.MAX_REASON_LENGTH);
        }
        refuseIfAny(errors);
    }

    void check(Delivery command) {
        Map<DeliveryField, String> errors = new LinkedHashMap<>();
        if (isBlank(command.deliveryMethod())) {
            errors.put(DeliveryField.DELIVERY_METHOD, Translations.current("casework.error.deliveryMethod"));
        }
        if (command.remark() != null) {
            tooLong(errors, DeliveryField.REMARK, command.remark(), Delivery.MAX_REMARK_LENGTH);
        }
        refuseIfAny(errors);
    }

    /** {@code fromDepartment}: the department holding the step, which cannot receive it. */
    void check(Transfer command, String fromDepartment) {
        Map<TransferField, String> errors = new LinkedHashMap<>();
        if (!isOtherDepartment(command.departmentCode(), fromDepartment)) {
            errors.put(TransferField.DEPARTMENT_CODE, Translations.current("casework.error.otherDepartment"));
        }
        if (isBlank(command.reason())) {
            errors.put(TransferField.REASON, Translations.current("casework.error.transferReason"));
        } else {
            tooLong(errors, TransferField.REASON, command.reason(), Transfer.MAX_REASON_LENGTH);
        }
        refuseIfAny(errors);
    }

    /** {@code askingDepartment}: the lead department asking, which cannot consult itself. */
    void check(Consultation command, String askingDepartment) {
        Map<ConsultationField, String> errors = new LinkedHashMap<>();
        if (!isOtherDepartment(command.departmentCode(), askingDepartment)) {
            errors.put(ConsultationField.DEPARTMENT_CODE, Translations.current("casework.error.otherDepartment"));
        }
        if (isBlank(command.question())) {
            errors.put(ConsultationField.QUESTION, Translations.current("casework.error.consultationQuestion"));
        } else {
            tooLong(errors, ConsultationField.QUESTION, command.question(), Consultation.MAX_QUESTION_LENGTH);
        }
        if (command.workingDays() < Consultation.MIN_WORKING_DAYS
                || command.workingDays() > Consultation.MAX_WORKING_DAYS) {
            errors.put(ConsultationField.WORKING_DAYS, Translations.current("casework.error.consultationDays",
                    String.valueOf(Consultation.MIN_WORKING_DAYS), String.valueOf(Consultation.MAX_WORKING_DAYS)));
        }
        refuseIfAny(errors);
    }

    private boolean isOtherDepartment(String code, String current) {
        return code != null && !code.equals(current)
                && directory.department(code).filter(Department::active).isPresent();
    }

    private static <F extends InputField> void tooLong(Map<F, String> errors, F field, String text, int maxLength) {
        if (text.strip().length() > maxLength) {
            errors.put(field, Translations.current("casework.error.textTooLong", String.valueOf(maxLength)));
        }
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static void refuseIfAny(Map<? extends InputField, String> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }
}
