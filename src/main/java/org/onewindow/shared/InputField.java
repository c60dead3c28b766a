package org.onewindow.shared;

import java.util.Locale;

/**
 * A field of a command a person fills in, as the command's validator names it. Each command's field keys are an
 * enum in its module's API implementing this interface (e.g. {@code intake.RegistrationField}); the enum constant's
 * name in upper snake case is the command record's component in lower camel case, so {@code APPLICANT_NAME} names
 * {@code applicantName}: the property a form's {@code Binder} binds and the key of {@code fieldErrors} in an HTTP
 * problem response.
 */
public interface InputField {

    /** Implemented by every enum. */
    String name();

    /** The command record's component this field fills, e.g. {@code APPLICANT_NAME} → {@code applicantName}. */
    default String property() {
        StringBuilder property = new StringBuilder();
        boolean upper = false;
        for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                property.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return property.toString();
    }
}
