package org.onewindow.crm;

import org.onewindow.shared.InputField;

/** The fields of an {@link AccessReason}, as its validator names them. */
public enum AccessReasonField implements InputField {
    REASON
}
