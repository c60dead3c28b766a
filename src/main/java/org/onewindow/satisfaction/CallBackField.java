package org.onewindow.satisfaction;

import org.onewindow.shared.InputField;

/** The fields of a {@link CallBack}, as its validator names them. */
public enum CallBackField implements InputField {
    REACHED, CITIZEN_SAID
}
