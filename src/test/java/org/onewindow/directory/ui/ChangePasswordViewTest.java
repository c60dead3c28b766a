package org.onewindow.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.directory.PasswordChange;
import org.onewindow.directory.PasswordField;
import org.onewindow.directory.PasswordService;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;

/** Changing one's own password: the refusals on their fields, a confirmation when it is done. */
class ChangePasswordViewTest {

    private final PasswordService passwords = mock(PasswordService.class);
    private ChangePasswordView view;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Translations.ENGLISH);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private void show(boolean forced) {
        when(passwords.mustChangeOwnPassword()).thenReturn(forced);
        view = new ChangePasswordView(passwords);
        UI.getCurrent().add(view);
    }

    @Test
    void sendsWhatWasTypedAndConfirms() {
        show(false);
        assertThat(view.forced.isVisible()).isFalse();
        view.current.setValue("first-password-of-mine");
        view.newPassword.setValue("Lotus pond at dawn 7");
        view.repeated.setValue("Lotus pond at dawn 7");
        _click(view.save);

        verify(passwords).changeOwnPassword(
                new PasswordChange("first-password-of-mine", "Lotus pond at dawn 7", "Lotus pond at dawn 7"));
        NotificationsKt.expectNotifications("Your password has been changed.");
        assertThat(view.current.getValue()).isEmpty();
        assertThat(view.newPassword.getMaxLength()).isEqualTo(PasswordChange.MAX_LENGTH);
    }

    @Test
    void showsEachRefusalOnItsFieldAndNoNotification() {
        show(true);
        assertThat(view.forced.isVisible()).isTrue();
        doThrow(InvalidInputException.of(Map.of(PasswordField.CURRENT_PASSWORD, "This is not your current password.",
                PasswordField.NEW_PASSWORD, "The password must be at least 12 characters long."))).when(passwords)
                .changeOwnPassword(any());
        view.current.setValue("wrong");
        view.newPassword.setValue("short");
        view.repeated.setValue("short");
        _click(view.save);

        assertThat(view.current.isInvalid()).isTrue();
        assertThat(view.current.getErrorMessage()).isEqualTo("This is not your current password.");
        assertThat(view.newPassword.getErrorMessage())
                .isEqualTo("The password must be at least 12 characters long.");
        assertThat(view.message.isVisible()).isFalse();
        NotificationsKt.expectNoNotifications();
        assertThat(view.forced.isVisible()).isTrue();
    }

    @Test
    void anErrorNoFieldShowsGoesToTheMessageLine() {
        show(false);
        doThrow(new InvalidInputException(Map.of("account", "Something about the account."))).when(passwords)
                .changeOwnPassword(any());
        _click(view.save);
        assertThat(view.message.isVisible()).isTrue();
        assertThat(view.message.getText()).isEqualTo("Something about the account.");
        verify(passwords, never()).setTemporaryPassword(any(), any());
    }
}
