package org.onewindow.intake.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.IdType;
import org.onewindow.intake.ResidentIdNumber;
import org.onewindow.shared.i18n.Translations;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What a field of the window's form can tell by itself is said when the clerk leaves it (a text field's value
 * changes on blur), in the validator's own words, not only after "Accept and register". Attached after the binder's
 * listeners, which clear a field's message on every change, so that this one stays.
 */
final class ChecksOnLeaving {

    private ChecksOnLeaving() {
    }

    static void attach(TextField citizenName, Select<IdType> idType, TextField idNumber, Clock clock) {
        citizenName.addValueChangeListener(
                event -> showOnField(citizenName, CaseRegistration.citizenNameProblem(event.getValue())));
        // A resident ID's format, birth date and check character; another document type is the service's to check.
        idNumber.addValueChangeListener(event -> showOnField(idNumber, residentIdProblem(idType, idNumber, clock)));
        idType.addValueChangeListener(event -> showOnField(idNumber, residentIdProblem(idType, idNumber, clock)));
    }

    /** The lengths the validator refuses, said on leaving the field rather than cut by the browser. */
    static void attachLengths(TextField enterpriseName, TextField address, TextArea notes) {
        enterpriseName.addValueChangeListener(
                event -> showOnField(enterpriseName, CaseRegistration.enterpriseNameProblem(event.getValue())));
        address.addValueChangeListener(
                event -> showOnField(address, CaseRegistration.addressProblem(event.getValue())));
        notes.addValueChangeListener(event -> showOnField(notes, event.getValue().length() <= CaseRegistration.MAX_NOTES
                ? null : Translations.current("intake.error.notes.tooLong", CaseRegistration.MAX_NOTES)));
    }

    /** What the validator will say of the ID number, said before the form is sent; null when it has nothing to say. */
    private static String residentIdProblem(Select<IdType> idType, TextField idNumber, Clock clock) {
        if (idType.getValue() != IdType.RESIDENT_ID || idNumber.getValue().isBlank()) {
            return null;
        }
        return ResidentIdNumber.problem(idNumber.getValue(), LocalDate.now(clock));
    }

    private static <F extends HasValidation> void showOnField(F field, String problem) {
        field.setErrorMessage(problem);
        field.setInvalid(problem != null);
    }
}
