package org.onewindow.shared.ui;

import java.util.Optional;

import org.onewindow.shared.DatabaseUnavailable;
import org.onewindow.shared.security.SignInLockedException;
import org.onewindow.shared.security.UnifiedSignInProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Staff sign in here, once, for OneWindow and (administrators) Camunda's webapps alike. */
@Route(LoginView.ROUTE)
@AnonymousAllowed
@StyleSheet(OneWindowAppShell.STYLESHEET)
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "login";

    private final LoginForm login = new LoginForm();
    /** A failed sign-in, for screen readers only: the form shows it to the eye. */
    final Paragraph announcement = new Paragraph();

    /** Without Spring (screen tests): the password form only. */
    public LoginView() {
        this(UnifiedSignInProperties.off());
    }

    @Autowired
    public LoginView(UnifiedSignInProperties unifiedSignIn) {
        addClassName("login-view");
        // At least the window's height, not exactly it: centred content taller than a small (zoomed) window would
        // spill past the top, out of reach of scrolling, language switch and all.
        setWidthFull();
        setMinHeight("100%");
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setId("login-form");
        login.setI18n(i18n());
        // "Sign in" heads the form; the page's one level-one heading is the app's name above it.
        login.getElement().setProperty("headingLevel", 2);
        H1 title = new H1(getTranslation("shared.app.title"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(getTranslation("shared.login.subtitle"));
        subtitle.addClassName("login-subtitle");
        LanguageSwitch language = new LanguageSwitch();
        language.addClassName("login-language");
        announcement.setId("login-announcement");
        announcement.addClassName("visually-hidden");
        announcement.getElement().setAttribute("role", "alert");
        add(language, new Div(title, subtitle), login, announcement);
        if (unifiedSignIn.enabled()) {
            add(unifiedSignInButton(unifiedSignIn));
        }
    }

    /**
     * A plain link to Spring's redirect to the platform, not a form: a full page navigation, which the page's
     * {@code form-action 'self'} policy would refuse for a form sent on to another site.
     */
    private Anchor unifiedSignInButton(UnifiedSignInProperties unifiedSignIn) {
        String label = Optional.ofNullable(unifiedSignIn.label(getLocale()))
                .orElseGet(() -> getTranslation("shared.login.unified"));
        Button button = new Button(label);
        button.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        button.setWidth("20rem");
        // Focusable only as the link: one tab stop, and Enter follows the link.
        button.setTabIndex(-1);
        Anchor link = new Anchor(UnifiedSignInProperties.AUTHORIZATION_PATH, button);
        link.setRouterIgnore(true);
        link.setId("unified-sign-in");
        return link;
    }

    /** The form's texts in the browser's language (Chinese or English). */
    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("shared.login.title"));
        i18n.getForm().setUsername(getTranslation("shared.login.username"));
        i18n.getForm().setPassword(getTranslation("shared.login.password"));
        i18n.getForm().setSubmit(getTranslation("shared.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("shared.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("shared.login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        boolean failed = event.getLocation().getQueryParameters().getParameters().containsKey("error");
        // The staff table could not be read: saying "wrong password" would send people to the helpdesk for nothing.
        Optional<Throwable> failure = failed ? lastSignInFailure() : Optional.empty();
        String message = failure.flatMap(DatabaseUnavailable::signInFailureMessageKey).orElse(null);
        LoginI18n i18n = i18n();
        if (failure.orElse(null) instanceof OAuth2AuthenticationException unified) {
            // Refused by OneWindow (no active staff account), or the platform's sign-in did not complete.
            String key = UnifiedSignInProperties.NOT_A_STAFF_ACCOUNT.equals(unified.getError().getErrorCode())
                    ? "shared.login.unified.refused" : "shared.login.unified.failed";
            i18n.getErrorMessage().setTitle(getTranslation(key + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation(key));
        } else if (failure.orElse(null) instanceof SignInLockedException locked) {
            // The same words whether or not the name is an account: the lock says nothing about who exists.
            i18n.getErrorMessage().setTitle(getTranslation(SignInLockedException.MESSAGE_KEY + ".title"));
            i18n.getErrorMessage()
                    .setMessage(getTranslation(SignInLockedException.MESSAGE_KEY, locked.minutesToWait()));
        } else if (failure.orElse(null) instanceof DisabledException) {
            // Only after the right password: the account exists, but an administrator deactivated it.
            i18n.getErrorMessage().setTitle(getTranslation("shared.login.disabled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("shared.login.disabled"));
        } else if (message != null) {
            i18n.getErrorMessage().setTitle(getTranslation(message + ".title"));
            i18n.getErrorMessage().setMessage(getTranslation(message));
        }
        login.setI18n(i18n);
        login.setError(failed);
        // The form shows the failure but does not say it: read out by the live region as the page comes up.
        announcement.setText(failed ? i18n.getErrorMessage().getTitle() + ". " + i18n.getErrorMessage().getMessage()
                : "");
    }

    /** Why the last sign-in failed: Spring Security's failure handler keeps it in the HTTP session. */
    private static Optional<Throwable> lastSignInFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        Object failure = session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof Throwable throwable ? Optional.of(throwable) : Optional.empty();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shared.login.pageTitle");
    }
}
