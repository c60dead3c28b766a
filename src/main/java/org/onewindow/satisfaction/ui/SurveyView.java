package org.onewindow.satisfaction.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.satisfaction.SurveyInvitation;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.OneWindowAppShell;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public survey a citizen opens from the link in their SMS: no sign-in, made for a phone, and showing the
 * service item and closing date but nothing personal.
 */
@Route(value = "survey", autoLayout = false)
@PageTitle("How did we do? | OneWindow")
@AnonymousAllowed
@StyleSheet(OneWindowAppShell.STYLESHEET)
public class SurveyView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver {

    static final Map<Rating, String> RATING_LABELS = new LinkedHashMap<>();
    static {
        RATING_LABELS.put(Rating.VERY_SATISFIED, "Very satisfied");
        RATING_LABELS.put(Rating.SATISFIED, "Satisfied");
        RATING_LABELS.put(Rating.BASICALLY_SATISFIED, "Basically satisfied");
        RATING_LABELS.put(Rating.DISSATISFIED, "Dissatisfied");
        RATING_LABELS.put(Rating.VERY_DISSATISFIED, "Very dissatisfied");
    }

    private final transient SatisfactionService satisfaction;
    private final DateTimeFormatter date;
    private String token;

    final RadioButtonGroup<Rating> overall = new RadioButtonGroup<>("Overall, how satisfied are you?");
    final RadioButtonGroup<Integer> timeliness = dimension("Speed: was it done on time?", "survey-timeliness");
    final RadioButtonGroup<Integer> attitude = dimension("Staff attitude", "survey-attitude");
    final RadioButtonGroup<Integer> transparency = dimension("Was the process clear to you?", "survey-transparency");
    final RadioButtonGroup<Integer> convenience = dimension("Convenience", "survey-convenience");
    final RadioButtonGroup<Integer> outcome = dimension("The result", "survey-outcome");
    final IntegerField visits = new IntegerField("How many times did you come to the hall for this?");
    final TextArea comment = new TextArea("Anything else you want to tell us?");
    final Button submit = new Button("Send my answers");

    public SurveyView(SatisfactionService satisfaction, Clock clock) {
        this.satisfaction = satisfaction;
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
        addClassName("survey-view");
        setMaxWidth("36em");
        getStyle().set("margin", "0 auto");
    }

    private static RadioButtonGroup<Integer> dimension(String label, String id) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(label + " (1 = very poor, 5 = very good)");
        group.setItems(1, 2, 3, 4, 5);
        group.setId(id);
        return group;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.token = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("How did we do?"));
        SurveyInvitation invitation;
        try {
            invitation = satisfaction.open(token);
        } catch (SurveyUnavailableException e) {
            Paragraph message = new Paragraph(e.getMessage());
            message.setId("survey-unavailable");
            add(message);
            return;
        }
        Paragraph about = new Paragraph("Your case for \u201c" + invitation.serviceItemName() + "\u201d was closed on "
                + date.format(invitation.closedAt()) + ". Your answers help the hall serve you better; they take a minute.");
        about.setId("survey-about");
        overall.setItems(List.copyOf(RATING_LABELS.keySet()));
        overall.setItemLabelGenerator(RATING_LABELS::get);
        overall.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        overall.setId("survey-overall");
        visits.setId("survey-visits");
        visits.setMin(1);
        visits.setMax(20);
        visits.setStepButtonsVisible(true);
        comment.setId("survey-comment");
        comment.setMaxLength(1000);
        comment.setWidthFull();
        submit.setId("survey-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.addClickListener(click -> send());
        add(about, overall, timeliness, attitude, transparency, convenience, outcome, visits, comment, submit);
    }

    private void send() {
        for (HasValidation field : new HasValidation[] { overall, timeliness, attitude, transparency, convenience,
                outcome, visits, comment }) {
            field.setInvalid(false);
        }
        SurveyAnswers answers = new SurveyAnswers(overall.getValue(), timeliness.getValue(), attitude.getValue(),
                transparency.getValue(), convenience.getValue(), outcome.getValue(), visits.getValue(),
                comment.getValue());
        try {
            satisfaction.submit(token, answers, AnswerChannel.LINK);
            removeAll();
            Paragraph thanks = new Paragraph("Thank you! Your answers were received.");
            thanks.setId("survey-thanks");
            add(new H1("Thank you"), thanks);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> {
                HasValidation component = switch (field) {
                    case "overall" -> overall;
                    case "timeliness" -> timeliness;
                    case "attitude" -> attitude;
                    case "transparency" -> transparency;
                    case "convenience" -> convenience;
                    case "outcome" -> outcome;
                    case "visits" -> visits;
                    default -> comment;
                };
                component.setErrorMessage(message);
                component.setInvalid(true);
            });
        } catch (SurveyUnavailableException e) {
            removeAll();
            Paragraph message = new Paragraph(e.getMessage());
            message.setId("survey-unavailable");
            add(new H1("How did we do?"), message);
        }
    }
}
