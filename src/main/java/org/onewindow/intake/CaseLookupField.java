package org.onewindow.intake;

import org.onewindow.shared.InputField;

/** The fields of a {@link CaseLookup}, as its check names them: {@code CASE_NUMBER} is {@code caseNumber}. */
public enum CaseLookupField implements InputField {
    CASE_NUMBER,
    LOOKUP_CODE
}
