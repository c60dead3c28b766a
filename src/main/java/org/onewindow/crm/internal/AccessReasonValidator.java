package org.onewindow.crm.internal;

import java.util.Map;

import org.onewindow.crm.AccessReason;
import org.onewindow.crm.AccessReasonField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

/**
 * The one check of a reason given for opening a file or revealing a number, whichever screen or caller gives it;
 * the messages are in the language of the request. Whether a reason is needed at all is the need-to-know rule's
 * answer, so the service says it.
 */
final class AccessReasonValidator {

    private AccessReasonValidator() {
    }

    /**
     * The reason as the audit log keeps it, without leading and trailing blanks, or {@code null} when none was
     * needed nor given ({@code command} {@code null} is none given).
     *
     * @throws InvalidInputException with {@link AccessReasonField#REASON} when it is required and blank, or too long
     */
    static String check(AccessReason command, boolean required) {
        String text = command == null || command.reason() == null ? "" : command.reason().strip();
        if (text.isEmpty()) {
            if (required) {
                throw InvalidInputException.of(Map.of(AccessReasonField.REASON,
                        Translations.current("crm.error.reasonRequired")));
            }
            return null;
        }
        if (text.length() > AccessReason.MAX_REASON_LENGTH) {
            // As a string: MessageFormat would write 500 as "500" but 1000 as "1,000".
            throw InvalidInputException.of(Map.of(AccessReasonField.REASON, Translations.current(
                    "crm.error.reasonTooLong", String.valueOf(AccessReason.MAX_REASON_LENGTH))));
        }
        return text;
    }
}
