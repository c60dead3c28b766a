package org.onewindow.casework;

/**
 * The front desk's record that the result was handed to the citizen: how (as the clerk read the method, in their
 * language) and an optional remark. The case closes with it.
 */
public record Delivery(String deliveryMethod, String remark) {

    /** The longest remark, as the task screen's field and the validator count it. */
    public static final int MAX_REMARK_LENGTH = 4000;
}
