package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;

import org.junit.jupiter.api.Test;
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
import org.onewindow.shared.InvalidInputException;

/** Each step command's refusals, field by field, with the limits its API names. */
class StepCommandValidatorTest {

    private final StepCommandValidator validator = new StepCommandValidator(directory());

    private static DirectoryService directory() {
        DirectoryService directory = mock(DirectoryService.class);
        when(directory.department(anyString())).thenReturn(Optional.empty());
        when(directory.department("CIVIL"))
                .thenReturn(Optional.of(new Department("CIVIL", "民政局", "Civil Affairs Bureau", true)));
        when(directory.department("HRSS"))
                .thenReturn(Optional.of(new Department("HRSS", "人力资源和社会保障局", "Human Resources", true)));
        return directory;
    }

    @Test
    void anOpinionIsWrittenAndFitsTheCaseFile() {
        assertThat(refusal(() -> validator.check(new StepOpinion(" "))).errorFor(OpinionField.OPINION))
                .isEqualTo("Write the department's opinion before completing the review.");
        assertThat(refusal(() -> validator.check(new StepOpinion("x".repeat(StepOpinion.MAX_OPINION_LENGTH + 1))))
                .errorFor(OpinionField.OPINION)).isEqualTo("The text is too long (at most 4000 characters).");
        assertThatCode(() -> validator.check(new StepOpinion("x".repeat(StepOpinion.MAX_OPINION_LENGTH))))
                .doesNotThrowAnyException();
    }

    @Test
    void aDeliverySaysHow() {
        assertThat(refusal(() -> validator.check(new Delivery(" ", "Collected by her son."))).errorFor(
                DeliveryField.DELIVERY_METHOD)).isEqualTo("Say how the result was delivered.");
        assertThat(refusal(() -> validator.check(new Delivery("By post", "x".repeat(Delivery.MAX_REMARK_LENGTH + 1))))
                .fieldErrors()).containsOnlyKeys("remark");
        assertThatCode(() -> validator.check(new Delivery("By post", null))).doesNotThrowAnyException();
    }

    @Test
    void onlyARejectionNeedsReasons() {
        assertThat(refusal(() -> validator.check(new Decision(false, null))).fieldErrors())
                .containsOnlyKeys(DecisionField.REASON.property());
        assertThatCode(() -> validator.check(new Decision(true, null))).doesNotThrowAnyException();
        assertThatCode(() -> validator.check(new Decision(false, "Not a resident."))).doesNotThrowAnyException();
    }

    @Test
    void aTransferGoesToAnotherExistingDepartmentWithAReason() {
        InvalidInputException toItself = refusal(() -> validator.check(new Transfer("HRSS", ""), "HRSS"));
        assertThat(toItself.fieldErrors()).containsOnlyKeys("departmentCode", "reason");
        assertThat(refusal(() -> validator.check(new Transfer("NOWHERE", "Theirs."), "HRSS"))
                .errorFor(TransferField.DEPARTMENT_CODE)).isEqualTo("Choose another existing department.");
        assertThat(refusal(() -> validator.check(new Transfer("CIVIL", "x".repeat(Transfer.MAX_REASON_LENGTH + 1)),
                "HRSS")).fieldErrors()).containsOnlyKeys("reason");
        assertThatCode(() -> validator.check(new Transfer("CIVIL", "Dibao case."), "HRSS")).doesNotThrowAnyException();
    }

    @Test
    void aConsultationAsksAQuestionWithinTheAllowedWorkingDays() {
        InvalidInputException refused = refusal(() -> validator.check(new Consultation(null, " ",
                Consultation.MAX_WORKING_DAYS + 1), "HRSS"));
        assertThat(refused.fieldErrors()).containsOnlyKeys("departmentCode", "question", "workingDays");
        assertThat(refused.errorFor(ConsultationField.WORKING_DAYS))
                .isEqualTo("Give the consulted department 1 to 20 working days.");
        assertThat(refusal(() -> validator.check(new Consultation("CIVIL", "Dibao?", Consultation.MIN_WORKING_DAYS - 1),
                "HRSS")).fieldErrors()).containsOnlyKeys("workingDays");
        assertThatCode(
                () -> validator.check(new Consultation("CIVIL", "Dibao?", Consultation.MAX_WORKING_DAYS), "HRSS"))
                .doesNotThrowAnyException();
    }

    private static InvalidInputException refusal(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException refused) {
            return refused;
        }
        throw new AssertionError("the command was not refused");
    }
}
