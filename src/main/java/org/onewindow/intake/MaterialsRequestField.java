package org.onewindow.intake;

import org.onewindow.shared.InputField;

/** The fields of a {@link MaterialsRequest}, as its refusals name them. */
public enum MaterialsRequestField implements InputField {
    MISSING, NOTE
}
