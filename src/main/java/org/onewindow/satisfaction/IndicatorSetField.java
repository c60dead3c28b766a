package org.onewindow.satisfaction;

import org.onewindow.shared.InputField;

/** The fields of {@link IndicatorSetDraft}, as its validator names them. */
public enum IndicatorSetField implements InputField {
    NOTE, INDICATORS
}
