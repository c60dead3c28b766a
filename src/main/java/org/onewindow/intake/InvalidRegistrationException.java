package org.onewindow.intake;

import java.util.Map;

import org.onewindow.shared.InvalidInputException;

/** A registration was refused; {@link #fieldErrors()} says what is wrong with which field. Nothing was saved. */
public class InvalidRegistrationException extends InvalidInputException {

    public InvalidRegistrationException(Map<String, String> fieldErrors) {
        super(fieldErrors);
    }
}
