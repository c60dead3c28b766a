package org.onewindow.satisfaction.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.IndicatorSetService;
import org.onewindow.satisfaction.KioskCase;
import org.onewindow.satisfaction.KioskUnavailableException;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.satisfaction.WindowKiosk;
import org.onewindow.satisfaction.WindowKioskService;
import org.onewindow.shared.i18n.LocaleFormats;
import org.onewindow.shared.ui.LanguageSwitch;
import org.onewindow.shared.ui.OneWindowAppShell;
import org.onewindow.shared.ui.UiFormats;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;

/**
 * The window kiosk on a tablet facing the citizen: it waits, and once the window has closed the citizen's case
 * it offers the questionnaire, one rating per visit. No sign-in (its key is in the address) and no push: it
 * asks the server every few seconds. It shows the service item and the closing time, never personal data.
 * In the tablet browser's language, with a switch at the top for the citizen in front of it.
 */
@Route(value = "kiosk", autoLayout = false)
@AnonymousAllowed
@StyleSheet(OneWindowAppShell.STYLESHEET)
public class KioskView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver, HasDynamicTitle {

    static final int POLL_MILLIS = 4000;
    /** How long the thanks (or why the rating was not taken) stay before the kiosk waits again. */
    static final Duration MESSAGE_SHOWN = Duration.ofSeconds(8);

    private final transient WindowKioskService kiosk;
    private final transient IndicatorSetService indicatorSets;
    private final Clock clock;
    private String key;
    private Registration polling;

    /** The case whose questionnaire is on the screen; {@code null} while waiting. */
    private KioskCase shown;
    private String waitingFor;
    private Instant messageUntil;
    private boolean stopped;

    final LanguageSwitch language = new LanguageSwitch();
    QuestionnaireForm form;
    final Button submit = new Button(getTranslation("satisfaction.survey.send"));
    final Button skip = new Button(getTranslation("satisfaction.kiosk.skip"));

    public KioskView(WindowKioskService kiosk, IndicatorSetService indicatorSets, Clock clock) {
        this.indicatorSets = indicatorSets;
        this.kiosk = kiosk;
        this.clock = clock;
        addClassName("kiosk-view");
        getElement().setAttribute("role", "main");
        setAlignSelf(Alignment.END, language);
        submit.setId("kiosk-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.addClickListener(click -> send());
        skip.setId("kiosk-skip");
        skip.addThemeVariants(ButtonVariant.LUMO_LARGE, ButtonVariant.LUMO_CONTRAST, ButtonVariant.LUMO_TERTIARY);
        skip.setWidthFull();
        skip.addClickListener(click -> passOver());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("satisfaction.kiosk.pageTitle");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.key = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!stopped) {
            event.getUI().setPollInterval(POLL_MILLIS);
        }
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        event.getUI().setPollInterval(-1);
    }

    /** Asks what to show now; a citizen already answering keeps their questionnaire. */
    void refresh() {
        if (messageUntil != null && clock.instant().isBefore(messageUntil)) {
            return;
        }
        messageUntil = null;
        WindowKiosk state;
        try {
            state = kiosk.open(key);
        } catch (KioskUnavailableException e) {
            showUnavailable(e.getMessage());
            return;
        }
        KioskCase pending = state.pending();
        if (shown != null) {
            if (pending != null && pending.caseNumber().equals(shown.caseNumber())) {
                return;
            }
            // Its time ran out or it was answered by SMS meanwhile: keep it while the citizen is answering
            // (submitting tells them if it was taken). A newer closing means the next citizen is there.
            if (pending == null && form.isStarted()) {
                return;
            }
        }
        if (pending == null) {
            showWaiting(state.staffDisplayName());
        } else {
            showQuestionnaire(pending);
        }
    }

    private void showWaiting(String staffName) {
        if (shown == null && staffName.equals(waitingFor)) {
            return;
        }
        shown = null;
        waitingFor = staffName;
        startPage("satisfaction.kiosk.title");
        Paragraph waiting = new Paragraph(getTranslation("satisfaction.kiosk.waiting", staffName));
        waiting.setId("kiosk-waiting");
        waiting.addClassName("kiosk-waiting");
        add(waiting);
    }

    private void showQuestionnaire(KioskCase pending) {
        shown = pending;
        waitingFor = null;
        startPage("satisfaction.kiosk.title");
        Paragraph about = new Paragraph(getTranslation("satisfaction.kiosk.about", pending.serviceItemName(getLocale()),
                LocaleFormats.dateTime(pending.closedAt(), clock.getZone(), UiFormats.locale())));
        about.setId("kiosk-about");
        form = new QuestionnaireForm(indicatorSets.current(EvaluationChannel.WINDOW));
        add(about, form, submit, skip);
    }

    private void send() {
        if (shown == null) {
            return;
        }
        String caseNumber = shown.caseNumber();
        try {
            if (form.send(answers -> kiosk.submit(key, caseNumber, answers))) {
                showMessage("satisfaction.survey.thanksTitle", getTranslation("satisfaction.survey.thanks"),
                        "kiosk-thanks");
            }
        } catch (SurveyUnavailableException e) {
            showMessage("satisfaction.kiosk.title", e.getMessage(), "kiosk-message");
        } catch (KioskUnavailableException e) {
            showUnavailable(e.getMessage());
        }
    }

    private void passOver() {
        if (shown == null) {
            return;
        }
        try {
            kiosk.dismiss(key, shown.caseNumber());
            shown = null;
            refresh();
        } catch (SurveyUnavailableException e) {
            showMessage("satisfaction.kiosk.title", e.getMessage(), "kiosk-message");
        } catch (KioskUnavailableException e) {
            showUnavailable(e.getMessage());
        }
    }

    /**
     * Thanks, or why the rating was not taken; the kiosk waits again after a few seconds. The service's
     * messages come in the language of the request, which is the kiosk's (see {@code SessionLocale}).
     */
    private void showMessage(String titleKey, String text, String id) {
        shown = null;
        waitingFor = null;
        messageUntil = clock.instant().plus(MESSAGE_SHOWN);
        startPage(titleKey);
        Paragraph message = new Paragraph(text);
        message.setId(id);
        message.addClassName("kiosk-waiting");
        add(message);
    }

    /** Empties the screen but for the language switch, which stays at the top, and sets the heading. */
    private void startPage(String titleKey) {
        removeAll();
        add(language, new H1(getTranslation(titleKey)));
    }

    /** Unknown, replaced or expired key: nothing to wait for until the window pairs the kiosk again. */
    private void showUnavailable(String text) {
        shown = null;
        waitingFor = null;
        startPage("satisfaction.kiosk.title");
        Paragraph message = new Paragraph(text);
        message.setId("kiosk-unavailable");
        message.addClassName("kiosk-waiting");
        add(message);
        stopped = true;
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }
}
