package org.onewindow.casework.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.onewindow.casework.CaseProgress;
import org.onewindow.casework.CaseProgressService;
import org.onewindow.casework.ProgressStep;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.LookupRefusedException;
import org.onewindow.intake.MissingMaterials;
import org.onewindow.intake.Outcome;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PublicSite;
import org.onewindow.shared.ui.OneWindowAppShell;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public progress page: the citizen enters the case number and the lookup code from their acceptance
 * receipt and sees the steps done and to come, the due date, what to bring and the result. No sign-in, made for
 * a phone, and nothing personal on it. {@code ?case=} fills in the case number (the receipt's and the SMS's
 * link); the code is never in a link.
 */
@Route(value = PublicSite.PROGRESS_ROUTE, autoLayout = false)
@PageTitle("办件进度 Follow your case | OneWindow")
@AnonymousAllowed
@StyleSheet(OneWindowAppShell.STYLESHEET)
public class ProgressLookupView extends VerticalLayout implements BeforeEnterObserver {

    private final transient CaseProgressService progress;
    private final DateTimeFormatter date;
    private final DateTimeFormatter time;

    final TextField caseNumber = new TextField(ProgressTexts.CASE_NUMBER);
    final TextField lookupCode = new TextField(ProgressTexts.LOOKUP_CODE);
    final Button lookUp = new Button(ProgressTexts.LOOK_UP);
    final Paragraph message = new Paragraph();
    final Div result = new Div();

    public ProgressLookupView(CaseProgressService progress, Clock clock) {
        this.progress = progress;
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
        this.time = DateTimeFormatter.ofPattern("HH:mm").withZone(clock.getZone());
        addClassName("progress-view");
        setMaxWidth("36em");
        getStyle().set("margin", "0 auto");

        caseNumber.setId("progress-case-number");
        caseNumber.setPlaceholder("OW-20261128-00042");
        caseNumber.setMaxLength(40);
        caseNumber.setAutocapitalize(Autocapitalize.CHARACTERS);
        caseNumber.setWidthFull();
        lookupCode.setId("progress-lookup-code");
        lookupCode.setMaxLength(20);
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
        result.setId("progress-result");
        result.addClassName("progress-result");

        Paragraph intro = new Paragraph(ProgressTexts.INTRO);
        add(new H1(ProgressTexts.TITLE), intro, caseNumber, lookupCode, lookUp, message, result);
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
            render(progress.progress(caseNumber.getValue(), lookupCode.getValue(), clientAddress()));
            // On a phone the answer starts below the fold, under the keyboard that was just open.
            result.scrollIntoView();
        } catch (InvalidInputException e) {
            invalid(caseNumber, e.fieldErrors().get("caseNumber"));
            invalid(lookupCode, e.fieldErrors().get("lookupCode"));
        } catch (LookupRefusedException e) {
            message.setText(e.reason() == LookupRefusedException.Reason.TOO_MANY_ATTEMPTS
                    ? ProgressTexts.tooManyAttempts(time.format(e.retryAt()))
                    : ProgressTexts.message(e.getMessage()));
            message.setVisible(true);
        }
    }

    /** The address the attempt limit counts by; behind a proxy, the forwarded one (server.forward-headers-strategy). */
    String clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    private static void invalid(TextField field, String error) {
        if (error != null) {
            field.setErrorMessage(ProgressTexts.message(error));
            field.setInvalid(true);
        }
    }

    private void render(CaseProgress found) {
        H2 about = new H2(ProgressTexts.about(found.caseNumber(), found.serviceItemName(), found.leadDepartmentName()));
        about.setId("progress-about");
        result.add(about);
        result.add(fact("progress-status", ProgressTexts.STATUS, ProgressTexts.status(found.status())));
        result.add(fact("progress-accepted", ProgressTexts.ACCEPTED, date.format(found.acceptedAt())));
        if (found.status().isOpen()) {
            result.add(fact("progress-due", ProgressTexts.DUE, date.format(found.dueAt())));
        }
        if (found.missingMaterials() != null) {
            result.add(missing(found.missingMaterials()));
        }
        if (!found.status().isOpen()) {
            result.add(decision(found));
        }
        result.add(new H3(ProgressTexts.STEPS));
        OrderedList steps = new OrderedList();
        steps.setId("progress-steps");
        steps.addClassName("progress-steps");
        for (ProgressStep step : found.steps()) {
            ListItem line = new ListItem(new Span(ProgressTexts.step(step)), new Span(" — "),
                    new Span(ProgressTexts.state(step, step.at() == null ? "" : date.format(step.at()))));
            line.addClassName("progress-step");
            line.addClassName("progress-step-" + step.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            steps.add(line);
        }
        result.add(steps);
    }

    private Div missing(MissingMaterials missing) {
        Div section = new Div();
        section.setId("progress-missing");
        section.addClassName("progress-missing");
        section.add(new H3(ProgressTexts.MISSING));
        UnorderedList list = new UnorderedList();
        missing.missing().forEach(material -> list.add(new ListItem(material)));
        section.add(list, new Paragraph(ProgressTexts.bringBy(date.format(missing.bringBy()))));
        if (missing.note() != null) {
            section.add(new Paragraph(ProgressTexts.note(missing.note())));
        }
        section.add(new Paragraph(ProgressTexts.CLOCK_STOPPED));
        return section;
    }

    private Div decision(CaseProgress found) {
        Div section = new Div();
        section.setId("progress-decision");
        section.addClassName("progress-decision");
        section.add(new H3(ProgressTexts.RESULT));
        String text;
        if (found.status() == CaseStatus.WITHDRAWN) {
            text = ProgressTexts.WITHDRAWN;
        } else {
            text = found.outcome() == Outcome.APPROVED ? ProgressTexts.APPROVED : ProgressTexts.REJECTED;
        }
        Paragraph outcome = new Paragraph(found.reason() == null ? text : text + ": " + found.reason());
        outcome.setId("progress-outcome");
        section.add(outcome, new Paragraph(ProgressTexts.closedOn(date.format(found.closedAt()))));
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
