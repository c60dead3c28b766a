package org.onewindow.satisfaction;

/** The measures a department took after a justified bad review, which the citizen is told about. */
public record RectificationMeasures(String measures) {

    /** The longest description, as the form's field and the validator count it. */
    public static final int MAX_MEASURES_LENGTH = 2000;
}
