package org.onewindow.satisfaction;

import org.onewindow.shared.InputField;

/** The fields of an {@link AppealDecision}, as its validator names them. */
public enum AppealDecisionField implements InputField {
    DECISION_NOTE
}
