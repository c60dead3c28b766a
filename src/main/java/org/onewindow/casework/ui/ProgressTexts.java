package org.onewindow.casework.ui;

import org.onewindow.casework.ProgressStep;
import org.onewindow.casework.StepKind;
import org.onewindow.intake.CaseStatus;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * What citizens read about their case's steps and status on the progress page, in the page's language: the
 * browser's at first, then the one chosen with the page's switch. Worded for citizens, not as staff screens
 * name the same things.
 */
final class ProgressTexts {

    private ProgressTexts() {
    }

    static String status(CaseStatus status) {
        return I18NProvider.translate("casework.progress.status." + status.name());
    }

    /** The step's name, with its department when it is not the window's. */
    static String step(ProgressStep step) {
        String name = I18NProvider.translate("casework.progress.step." + step.kind().name());
        return step.departmentName() == null ? name
                : I18NProvider.translate("casework.progress.stepOfDepartment", name, step.departmentName());
    }

    /** Where the step stands, with the date when it has one; the citizen's own step (materials) in its words. */
    static String state(ProgressStep step, String date) {
        boolean materials = step.kind() == StepKind.MATERIALS && step.state() != ProgressStep.State.PENDING
                && step.state() != ProgressStep.State.RETURNED_FOR_MATERIALS;
        return I18NProvider.translate(
                "casework.progress.state." + step.state().name() + (materials ? ".materials" : ""),
                date);
    }
}
