package org.onewindow.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.security.SignInLockedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

/** A failed sign-in says why: wrong credentials, or a database that cannot be reached (not the person's fault). */
class LoginViewTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes(Set.of(LoginView.class), Set.of(), true));
        UI.getCurrent().setLocale(Translations.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void wrongCredentialsAreCalledWrongCredentials() {
        failedWith(new BadCredentialsException("Bad credentials"));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Wrong username or password");
    }

    @Test
    void aDatabaseOutageIsNotCalledAWrongPassword() {
        failedWith(new InternalAuthenticationServiceException("Could not read the staff member",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Please try again in a minute", "database cannot be reached")
                .doesNotContain("Wrong username or password");
    }

    @Test
    void anotherFailureInsideTheServerIsNotCalledAWrongPasswordEither() {
        failedWith(new InternalAuthenticationServiceException("Could not roll back JPA transaction",
                new IllegalStateException("Transaction already rolled back")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Please try again in a minute", "sign-in could not be checked")
                .doesNotContain("Wrong username or password", "database cannot be reached");
    }

    @Test
    void aLockedSignInSaysHowLongToWaitAndNotWhetherTheAccountExists() {
        failedWith(new SignInLockedException(12));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Sign-in paused", "Too many failed sign-ins for this name or from this address",
                "Try again in 12 minutes").doesNotContain("Wrong username or password");
    }

    @Test
    void aDeactivatedAccountIsToldSoAfterItsRightPassword() {
        failedWith(new DisabledException("User is disabled"));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("Account deactivated", "An administrator has deactivated this account")
                .doesNotContain("Wrong username or password");
    }

    @Test
    void noErrorBeforeAnAttempt() {
        UI.getCurrent().navigate("login");
        assertThat(_get(LoginForm.class).isError()).isFalse();
    }

    /** The texts as the form sends them to the browser (its getter is not public). */
    private static String i18n(LoginForm form) {
        return String.valueOf(form.getElement().getPropertyRaw("i18n"));
    }

    private static void failedWith(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        UI.getCurrent().navigate("login", QueryParameters.of("error", ""));
    }
}
