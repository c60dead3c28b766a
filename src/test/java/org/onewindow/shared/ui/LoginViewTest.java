package org.onewindow.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.security.SignInLockedException;
import org.onewindow.shared.security.UnifiedSignInProperties;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
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
    void thePageIsOneMainLandmarkHeadedByTheAppsNameAndGrowsWithItsContent() {
        LoginView view = new LoginView();

        assertThat(view.getElement().getAttribute("role")).isEqualTo("main");
        // The form's own "Sign in" heading one level below the page's.
        assertThat(_get(view, LoginForm.class).getElement().getProperty("headingLevel", 1)).isEqualTo(2);
        assertThat(_get(view, com.vaadin.flow.component.html.H1.class).getText()).isEqualTo("OneWindow");
        // Not exactly the window's height: at 200 % zoom the page scrolls instead of spilling over the top.
        assertThat(view.getHeight()).isNull();
        assertThat(view.getMinHeight()).isEqualTo("100%");
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
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-announcement")).getText()).isEmpty();
    }

    @Test
    void aFailedSignInIsReadOutByALiveRegion() {
        failedWith(new SignInLockedException(12));
        Paragraph announcement = _get(Paragraph.class, spec -> spec.withId("login-announcement"));
        assertThat(announcement.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(announcement.getText()).startsWith("Sign-in paused. ").contains("Try again in 12 minutes");
    }

    @Test
    void noUnifiedSignInButtonWhileItIsOff() {
        UI.getCurrent().navigate("login");
        assertThat(_find(Anchor.class, spec -> spec.withId("unified-sign-in"))).isEmpty();
    }

    @Test
    void theUnifiedSignInButtonLeadsToTheIdentityPlatformWhenOn() {
        LoginView view = new LoginView(unifiedSignIn(null, null));
        UI.getCurrent().add(view);
        Anchor link = _get(view, Anchor.class, spec -> spec.withId("unified-sign-in"));
        assertThat(link.getHref()).isEqualTo("oauth2/authorization/unified");
        assertThat(link.getElement().hasAttribute("router-ignore")).isTrue();
        assertThat(_get(link, Button.class).getText()).isEqualTo("Sign in with the unified identity platform");
    }

    @Test
    void theUnifiedSignInButtonSaysWhatTheHallChose() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        LoginView view = new LoginView(unifiedSignIn("使用省政务服务网账号登录", "Sign in with the province account"));
        UI.getCurrent().add(view);
        assertThat(_get(view, Button.class, spec -> spec.withText("使用省政务服务网账号登录"))).isNotNull();
    }

    @Test
    void aPlatformAccountThatIsNoStaffAccountIsToldSo() {
        failedWith(new OAuth2AuthenticationException(
                new OAuth2Error(UnifiedSignInProperties.NOT_A_STAFF_ACCOUNT, "no staff account", null)));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(i18n(form)).contains("This unified identity account cannot sign in here",
                "not an active staff account of this hall").doesNotContain("Wrong username or password");
    }

    @Test
    void anUnfinishedPlatformSignInIsNotCalledAWrongPassword() {
        failedWith(new OAuth2AuthenticationException(new OAuth2Error("authorization_request_not_found")));
        assertThat(i18n(_get(LoginForm.class))).contains("Unified sign-in did not complete")
                .doesNotContain("Wrong username or password");
    }

    private static UnifiedSignInProperties unifiedSignIn(String labelZh, String labelEn) {
        return new UnifiedSignInProperties(true, URI.create("https://idp.example.gov.cn"), "onewindow", "secret",
                List.of("openid"), "preferred_username", labelZh, labelEn);
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
