package org.onewindow.satisfaction.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.satisfaction.SurveyInvitation;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.OneWindowAppShell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
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
@PageTitle("服务评价 How did we do? | OneWindow")
@AnonymousAllowed
@StyleSheet(OneWindowAppShell.STYLESHEET)
public class SurveyView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver {

    private final transient SatisfactionService satisfaction;
    private final DateTimeFormatter date;
    private String token;

    final QuestionnaireForm form = new QuestionnaireForm();
    final Button submit = new Button(SurveyTexts.SEND);

    public SurveyView(SatisfactionService satisfaction, Clock clock) {
        this.satisfaction = satisfaction;
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
        addClassName("survey-view");
        setMaxWidth("36em");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.token = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1(SurveyTexts.TITLE));
        SurveyInvitation invitation;
        try {
            invitation = satisfaction.open(token);
        } catch (SurveyUnavailableException e) {
            showUnavailable(e);
            return;
        }
        if (invitation.answered()) {
            showSupplementaryReview(invitation);
            return;
        }
        Paragraph about = new Paragraph(SurveyTexts.about(invitation.serviceItemName(), date.format(invitation.closedAt())));
        about.setId("survey-about");
        submit.setId("survey-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.addClickListener(click -> send());
        add(about, form, submit);
    }

    /** After the survey, the link offers one supplementary review (追评), e.g. once the citizen used the result. */
    private void showSupplementaryReview(SurveyInvitation invitation) {
        Paragraph about = new Paragraph(SurveyTexts.supplementAbout(invitation.serviceItemName()));
        about.setId("survey-supplement-about");
        RadioButtonGroup<Rating> now = new RadioButtonGroup<>(SurveyTexts.SUPPLEMENT_NOW);
        now.setItems(Rating.values());
        now.setItemLabelGenerator(SurveyTexts::rating);
        now.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        now.setId("survey-supplement-overall");
        TextArea text = new TextArea(SurveyTexts.SUPPLEMENT_TEXT);
        text.setId("survey-supplement-comment");
        text.setMaxLength(1000);
        text.setWidthFull();
        Button add = new Button(SurveyTexts.SUPPLEMENT_SEND, click -> {
            now.setInvalid(false);
            text.setInvalid(false);
            try {
                satisfaction.supplement(token, now.getValue(), text.getValue());
                removeAll();
                Paragraph thanks = new Paragraph(SurveyTexts.SUPPLEMENT_THANKS);
                thanks.setId("survey-thanks");
                add(new H1(SurveyTexts.THANKS_TITLE), thanks);
            } catch (InvalidInputException e) {
                if (e.fieldErrors().containsKey("overall")) {
                    now.setErrorMessage(SurveyTexts.message(e.fieldErrors().get("overall")));
                    now.setInvalid(true);
                }
                if (e.fieldErrors().containsKey("comment")) {
                    text.setErrorMessage(SurveyTexts.message(e.fieldErrors().get("comment")));
                    text.setInvalid(true);
                }
            } catch (SurveyUnavailableException e) {
                removeAll();
                add(new H1(SurveyTexts.TITLE));
                showUnavailable(e);
            } catch (BusinessRuleException e) {
                now.setErrorMessage(SurveyTexts.message(e.getMessage()));
                now.setInvalid(true);
            }
        });
        add.setId("survey-supplement-submit");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add.setWidthFull();
        add(about, now, text, add);
    }

    private void send() {
        form.clearErrors();
        SurveyAnswers answers = form.answers();
        try {
            satisfaction.submit(token, answers, AnswerChannel.LINK);
            removeAll();
            Paragraph thanks = new Paragraph(SurveyTexts.THANKS);
            thanks.setId("survey-thanks");
            add(new H1(SurveyTexts.THANKS_TITLE), thanks);
        } catch (InvalidInputException e) {
            form.showErrors(e.fieldErrors());
        } catch (SurveyUnavailableException e) {
            removeAll();
            add(new H1(SurveyTexts.TITLE));
            showUnavailable(e);
        }
    }

    /** Unknown, expired or used link, or a signed-in staff member: said in both languages. */
    private void showUnavailable(SurveyUnavailableException e) {
        Paragraph message = new Paragraph(SurveyTexts.message(e.getMessage()));
        message.setId("survey-unavailable");
        add(message);
    }
}
