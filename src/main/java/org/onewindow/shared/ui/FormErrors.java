package org.onewindow.shared.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.binder.Binder;

import org.onewindow.shared.InvalidInputException;

/**
 * The one way a form shows a service's refusal: each field error goes on the field its binder binds to that
 * property, so the person reads it beside what they typed; the binder's own validation clears it once the value
 * changes. Errors for properties no field shows are returned for the form's own message line, never a
 * notification over the form's buttons.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Marks the refused fields of {@code binder}'s form and returns the messages no bound field can show, in
     * the service's order.
     */
    public static Map<String, String> show(Binder<?> binder, InvalidInputException refused) {
        Map<String, String> unplaced = new LinkedHashMap<>();
        refused.fieldErrors().forEach((property, message) -> {
            var binding = binder.getBinding(property);
            if (binding.isPresent() && binding.get().getField() instanceof HasValidation field) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            } else {
                unplaced.put(property, message);
            }
        });
        return unplaced;
    }

    /**
     * Shows the service's refusal of a form's command: an {@link InvalidInputException}'s messages on their fields
     * and those no field shows on the form's message {@code line}; any other refusal (a business rule, a record gone
     * meanwhile) on the message line.
     */
    public static <T extends Component & HasText> void showRefusal(Binder<?> binder, RuntimeException refused,
            T line) {
        Map<String, String> unplaced = refused instanceof InvalidInputException invalid ? show(binder, invalid)
                : Map.of("", refused.getMessage());
        if (!unplaced.isEmpty()) {
            line.setText(String.join(" ", unplaced.values()));
            line.setVisible(true);
        }
    }

    /**
     * Makes {@code line} a form's message line for refusals no field shows: styled by {@code .form-message} in
     * {@code onewindow.css}, hidden until the form has something to say.
     */
    public static <T extends Component & HasStyle> T messageLine(T line, String id) {
        line.setId(id);
        line.addClassName("form-message");
        line.setVisible(false);
        return line;
    }
}
