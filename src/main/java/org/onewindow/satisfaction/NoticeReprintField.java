package org.onewindow.satisfaction;

import org.onewindow.shared.InputField;

/** The fields of a {@link NoticeReprint}, as its validator names them. */
public enum NoticeReprintField implements InputField {
    REASON
}
