package org.onewindow.directory.internal;

import static org.onewindow.directory.PasswordField.CURRENT_PASSWORD;
import static org.onewindow.directory.PasswordField.NEW_PASSWORD;
import static org.onewindow.directory.PasswordField.REPEATED_PASSWORD;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Predicate;

import org.onewindow.directory.PasswordChange;
import org.onewindow.directory.PasswordField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * The one check of a new password, for a change of one's own password and an administrator's temporary password
 * alike: the password policy, and for one's own change the current password and the repetition. Messages are in
 * the language of the person served.
 */
@Component
class PasswordValidator {

    private final PasswordPolicy policy;

    PasswordValidator(PasswordPolicy policy) {
        this.policy = policy;
    }

    /** Refuses {@code change} of {@code username}'s own password; {@code isCurrent} checks a current password. */
    void validate(String username, PasswordChange change, Predicate<String> isCurrent) {
        Map<PasswordField, String> errors = new EnumMap<>(PasswordField.class);
        if (isBlank(change.currentPassword())) {
            errors.put(CURRENT_PASSWORD, Translations.current("directory.password.error.currentMissing"));
        } else if (!isCurrent.test(change.currentPassword())) {
            errors.put(CURRENT_PASSWORD, Translations.current("directory.password.error.currentWrong"));
        }
        newPassword(username, change.newPassword(), errors);
        if (!errors.containsKey(NEW_PASSWORD) && !errors.containsKey(CURRENT_PASSWORD)
                && change.newPassword().equals(change.currentPassword())) {
            errors.put(NEW_PASSWORD, Translations.current("directory.password.error.unchanged"));
        }
        if (!isBlank(change.newPassword()) && !change.newPassword().equals(change.repeatedPassword())) {
            errors.put(REPEATED_PASSWORD, Translations.current("directory.password.error.repeatedDiffers"));
        }
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    /** Refuses a temporary password for {@code username} that breaks the policy, on the new password's field. */
    void validateTemporary(String username, String password) {
        Map<PasswordField, String> errors = new EnumMap<>(PasswordField.class);
        newPassword(username, password, errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    private void newPassword(String username, String password, Map<PasswordField, String> errors) {
        if (isBlank(password)) {
            errors.put(NEW_PASSWORD, Translations.current("directory.password.error.newMissing"));
            return;
        }
        policy.check(username, password).ifPresent(refusal -> errors.put(NEW_PASSWORD,
                Translations.current(refusal.messageKey(), PasswordChange.MIN_LENGTH, PasswordChange.MAX_LENGTH)));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
