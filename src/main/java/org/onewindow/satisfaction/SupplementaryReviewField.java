package org.onewindow.satisfaction;

import org.onewindow.shared.InputField;

/** The fields of a {@link SupplementaryReview}, as its validator names them. */
public enum SupplementaryReviewField implements InputField {
    OVERALL, COMMENT
}
