package org.onewindow.casework;

import org.onewindow.shared.InputField;

/** The fields of a {@link StepOpinion}, as its validator names them. */
public enum OpinionField implements InputField {
    OPINION
}
