package org.onewindow.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input refused field by field: nothing was saved. {@link #fieldErrors()} maps each field's property (see
 * {@link InputField#property()}) to what is wrong with it, in the reader's language; views put each message on the
 * bound field ({@code shared.ui.FormErrors}), the web APIs return them as a problem response.
 */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("Invalid input: " + fieldErrors);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Refuses a command with the errors its validator found, keyed by the command's field enum. */
    public static InvalidInputException of(Map<? extends InputField, String> errors) {
        Map<String, String> byProperty = new LinkedHashMap<>();
        errors.forEach((field, message) -> byProperty.put(field.property(), message));
        return new InvalidInputException(byProperty);
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** What is wrong with {@code field}, or {@code null} when nothing is. */
    public String errorFor(InputField field) {
        return fieldErrors.get(field.property());
    }
}
