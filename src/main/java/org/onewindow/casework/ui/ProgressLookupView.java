package org.onewindow.casework.ui;

import org.onewindow.casework.CaseProgress;
import org.onewindow.casework.CaseProgressService;
import org.onewindow.casework.ProgressStep;
import org.onewindow.intake.CaseLookup;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.LookupRefusedException;
import org.onewindow.intake.MissingMaterials;
import org.onewindow.intake.Outcome;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PublicSite;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.LanguageSwitch;
import org.onewindow.shared.ui.OneWindowAppShell;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public progress page: the citizen enters the case number and the lookup code from their acceptance
 * receipt and sees the steps done and to come, the due date, what to bring and the result. No sign-in, made for
 * a phone, and nothing personal on it. {@code ?case=} fills in the case number (the receipt's and the SMS's
 * link); the code is never in a link. In the browser's language, Chinese or English, with a switch at the top
 * for the other one: the page is opened from an SMS or a receipt, on whatever phone the citizen has. The two
 * fields are bound to a {@link CaseLookup}; the service's refusal of one is shown on it.
 */
@Route(value = PublicSite.PROGRESS_ROUTE, autoLayout = false)
@AnonymousAllowed
@StyleSheet(OneWindowAppShell.STYLESHEET)
public class ProgressLookupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CaseProgressService progress;
    private final HallDates dates;

    final LanguageSwitch language = new LanguageSwitch();
    final TextField caseNumber = new TextField(getTranslation("casework.progress.caseNumber"));
    final TextField lookupCode = new TextField(getTranslation("casework.progress.lookupCode"));
    final Button lookUp = new Button(getTranslation("casework.progress.lookUp"));
    /** The form's message line: a refused pair, or what the service refused that no field shows. */
    final Paragraph message = new Paragraph();
    final Div result = new Div();
    final Binder<CaseLookup> binder = new Binder<>(CaseLookup.class);

    public ProgressLookupView(CaseProgressService progress, HallDates dates) {
        this.progress = progress;
        this.dates = dates;
        addClassName("progress-view");
        getElement().setAttribute("role", "main");
        setMaxWidth("36em");
        getStyle().set("margin", "0 auto");

        caseNumber.setId("progress-case-number");
        caseNumber.setPlaceholder("OW-20261128-00042");
        caseNumber.setMaxLength(CaseLookup.MAX_CASE_NUMBER);
        caseNumber.setAutocapitalize(Autocapitalize.CHARACTERS);
        caseNumber.setWidthFull();
        lookupCode.setId("progress-lookup-code");
        lookupCode.setMaxLength(CaseLookup.MAX_LOOKUP_CODE);
        lookupCode.setAutocapitalize(Autocapitalize.CHARACTERS);
        // A one-off secret from paper: the browser should neither suggest nor remember it.
        lookupCode.setAutocomplete(Autocomplete.OFF);
        lookupCode.setWidthFull();
        lookUp.setId("progress-submit");
        lookUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        lookUp.setWidthFull();
        lookUp.addClickShortcut(Key.ENTER);
        lookUp.addClickListener(click -> show());
        message.setId("progress-message");
        message.addClassName("progress-message");
        message.setVisible(false);
        // Appears without a page change: a screen reader reads it out as it appears.
        message.getElement().setAttribute("role", "alert");
        result.setId("progress-result");
        result.addClassName("progress-result");
        // Nothing checked here: an empty field is the service's to refuse, in the words it uses everywhere.
        binder.forField(caseNumber).bind("caseNumber");
        binder.forField(lookupCode).bind("lookupCode");

        Paragraph intro = new Paragraph(getTranslation("casework.progress.intro"));
        // Every citizen of the hall may read how its departments are rated, not only those with a case.
        Anchor results = new Anchor(PublicSite.RESULTS_ROUTE, getTranslation("casework.progress.publicResults"));
        results.setId("progress-public-results");
        add(language, new H1(getTranslation("casework.progress.title")), intro, caseNumber, lookupCode, lookUp, message,
                result, new Paragraph(results));
        setHorizontalComponentAlignment(FlexComponent.Alignment.END, language);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.progress.title") + " | " + getTranslation("shared.app.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(PublicSite.CASE_PARAMETER)
                .ifPresent(number -> {
                    caseNumber.setValue(number);
                    lookupCode.focus();
                });
    }

    private void show() {
        message.setVisible(false);
        caseNumber.setInvalid(false);
        lookupCode.setInvalid(false);
        result.removeAll();
        try {
            render(progress.progress(binder.writeRecord(), clientAddress()));
            // On a phone the answer starts below the fold, under the keyboard that was just open.
            result.scrollIntoView();
            // Focus on the answer's heading, so that a screen reader reads on from the answer, not the button.
            result.getChildren().findFirst().ifPresent(about -> about.getElement().callJsFunction("focus"));
        } catch (ValidationException e) {
            // The binder checks nothing of its own; should it ever, the message is on the field already.
        } catch (InvalidInputException e) {
            // The service's messages, in the page's language (the request's, see SessionLocale).
            showInMessageLine(String.join(" ", FormErrors.show(binder, e).values()));
        } catch (LookupRefusedException e) {
            // By the reason rather than the service's message: the time is written in the page's language too.
            showInMessageLine(e.reason() == LookupRefusedException.Reason.TOO_MANY_ATTEMPTS
                    ? getTranslation("casework.progress.tooManyAttempts", dates.dateTime(e.retryAt()))
                    : getTranslation("casework.progress.wrongPair"));
        }
    }

    private void showInMessageLine(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
    }

    /** The address the attempt limit counts by; behind a proxy, the forwarded one (server.forward-headers-strategy). */
    String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private void render(CaseProgress found) {
        H2 about = new H2(found.caseNumber() + " · " + found.serviceItemName() + " · " + found.leadDepartmentName());
        about.setId("progress-about");
        about.getElement().setAttribute("tabindex", "-1");
        result.add(about);
        result.add(fact("progress-status", getTranslation("casework.progress.status"),
                ProgressTexts.status(found.status())));
        result.add(fact("progress-accepted", getTranslation("casework.progress.accepted"),
                dates.date(found.acceptedAt())));
        if (found.status().isOpen()) {
            result.add(fact("progress-due", getTranslation("casework.progress.due"), dates.date(found.dueAt())));
        }
        if (found.missingMaterials() != null) {
            result.add(missing(found.missingMaterials()));
        }
        if (!found.status().isOpen()) {
            result.add(decision(found));
        }
        result.add(new H3(getTranslation("casework.progress.steps")));
        OrderedList steps = new OrderedList();
        steps.setId("progress-steps");
        steps.addClassName("progress-steps");
        for (ProgressStep step : found.steps()) {
            ListItem line = new ListItem(new Span(ProgressTexts.step(step)), new Span(" — "),
                    new Span(ProgressTexts.state(step, dates.date(step.at()))));
            line.addClassName("progress-step");
            line.addClassName(
                    "progress-step-" + step.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            steps.add(line);
        }
        result.add(steps);
    }

    private Div missing(MissingMaterials missing) {
        Div section = new Div();
        section.setId("progress-missing");
        section.addClassName("progress-missing");
        section.add(new H3(getTranslation("casework.progress.missing")));
        UnorderedList list = new UnorderedList();
        missing.missing().forEach(material -> list.add(new ListItem(material)));
        section.add(list, new Paragraph(getTranslation("casework.progress.bringBy", dates.date(missing.bringBy()))));
        if (missing.note() != null) {
            section.add(new Paragraph(getTranslation("casework.progress.note", missing.note())));
        }
        section.add(new Paragraph(getTranslation("casework.progress.clockStopped")));
        return section;
    }

    private Div decision(CaseProgress found) {
        Div section = new Div();
        section.setId("progress-decision");
        section.addClassName("progress-decision");
        section.add(new H3(getTranslation("casework.progress.result")));
        String text;
        if (found.status() == CaseStatus.WITHDRAWN) {
            text = getTranslation("casework.progress.withdrawn");
        } else {
            text = getTranslation("casework.progress.outcome." + (found.outcome() == Outcome.APPROVED ? Outcome.APPROVED
                    : Outcome.REJECTED).name());
        }
        Paragraph outcome = new Paragraph(found.reason() == null ? text
                : getTranslation("casework.progress.withReason", text, found.reason()));
        outcome.setId("progress-outcome");
        section.add(outcome, new Paragraph(getTranslation("casework.progress.closedOn", dates.date(found.closedAt()))));
        return section;
    }

    private static Div fact(String id, String label, String value) {
        Span term = new Span(label);
        term.addClassName("progress-label");
        Span definition = new Span(value);
        definition.setId(id);
        Div fact = new Div(term, definition);
        fact.addClassName("progress-fact");
        return fact;
    }
}
