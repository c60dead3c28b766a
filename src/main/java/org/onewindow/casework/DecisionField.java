package org.onewindow.casework;

import org.onewindow.shared.InputField;

/** The fields of a {@link Decision}, as its validator names them. */
public enum DecisionField implements InputField {
    APPROVED, REASON
}
