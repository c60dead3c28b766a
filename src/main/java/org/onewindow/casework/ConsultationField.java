package org.onewindow.casework;

import org.onewindow.shared.InputField;

/** The fields of a {@link Consultation}, as its validator names them. */
public enum ConsultationField implements InputField {
    DEPARTMENT_CODE, QUESTION, WORKING_DAYS
}
