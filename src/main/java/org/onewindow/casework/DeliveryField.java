package org.onewindow.casework;

import org.onewindow.shared.InputField;

/** The fields of a {@link Delivery}, as its validator names them. */
public enum DeliveryField implements InputField {
    DELIVERY_METHOD, REMARK
}
