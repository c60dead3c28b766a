package org.onewindow.casework;

import org.onewindow.shared.InputField;

/** The fields of a {@link Transfer}, as its validator names them. */
public enum TransferField implements InputField {
    DEPARTMENT_CODE, REASON
}
