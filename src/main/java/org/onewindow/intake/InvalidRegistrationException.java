package org.onewindow.intake;

import java.util.Map;

import org.onewindow.shared.InvalidInputException;

/**
 * A registration was refused; {@link #fieldErrors()} says what is wrong with which field, keyed by
 * {@link RegistrationField#property()}. Nothing was saved. Kept as its own type so that a caller that registers
 * (Open311) can tell a refused registration from other invalid input.
 */
public class InvalidRegistrationException extends InvalidInputException {

    public InvalidRegistrationException(Map<RegistrationField, String> errors) {
        super(RegistrationField.byProperty(errors));
    }
}
