package org.onewindow.satisfaction;

import org.onewindow.shared.InputField;

/** The fields of a {@link Verification}, as its validator names them. */
public enum VerificationField implements InputField {
    VERDICT, NOTE, APPEAL_GROUND
}
