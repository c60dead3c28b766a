package org.onewindow.satisfaction;

import org.onewindow.shared.InputField;

/** The fields of {@link RectificationMeasures}, as its validator names them. */
public enum RectificationMeasuresField implements InputField {
    MEASURES
}
