package org.onewindow.satisfaction.ui;

import java.time.Clock;
import java.util.Map;

import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.SupplementaryReview;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.satisfaction.SurveyInvitation;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.LocaleFormats;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.LanguageSwitch;
import org.onewindow.shared.ui.OneWindowAppShell;
import org.onewindow.shared.ui.UiFormats;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The public survey a citizen opens from the link in their SMS: no sign-in, made for a phone, and showing the
 * service item and closing date but nothing personal. In the phone browser's language, Chinese or English,
 * with a switch at the top for a citizen whose phone is set otherwise.
 */
@Route(value = "survey", autoLayout = false)
@AnonymousAllowed
@StyleSheet(OneWindowAppShell.STYLESHEET)
public class SurveyView extends VerticalLayout
        implements
            HasUrlParameter<String>,
            BeforeEnterObserver,
            HasDynamicTitle {

    private final transient SatisfactionService satisfaction;
    private final Clock clock;
    private String token;

    final LanguageSwitch language = new LanguageSwitch();
    QuestionnaireForm form;
    final Button submit = new Button(getTranslation("satisfaction.survey.send"));

    public SurveyView(SatisfactionService satisfaction, Clock clock) {
        this.satisfaction = satisfaction;
        this.clock = clock;
        addClassName("survey-view");
        getElement().setAttribute("role", "main");
        setMaxWidth("36em");
        getStyle().set("margin", "0 auto");
        setAlignSelf(Alignment.END, language);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("satisfaction.survey.pageTitle");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.token = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        startPage("satisfaction.survey.title");
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
        // Which service is evaluated: the closing, or (一事多评) the acceptance, which has no closing date yet.
        Paragraph about = new Paragraph(invitation.stage() == EvaluationStage.ACCEPTANCE
                ? getTranslation("satisfaction.survey.about.acceptance", invitation.serviceItemName(getLocale()))
                : getTranslation("satisfaction.survey.about", invitation.serviceItemName(getLocale()),
                        LocaleFormats.date(invitation.closedAt(), clock.getZone(), UiFormats.locale())));
        about.setId("survey-about");
        form = new QuestionnaireForm(invitation.indicators());
        submit.setId("survey-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        submit.setWidthFull();
        submit.addClickListener(click -> send());
        add(about, form, submit);
    }

    /** Empties the page but for the language switch, which stays at the top, and sets the heading. */
    private void startPage(String titleKey) {
        removeAll();
        add(language, new H1(getTranslation(titleKey)));
    }

    /** After the survey, the link offers one supplementary review (追评), e.g. once the citizen used the result. */
    private void showSupplementaryReview(SurveyInvitation invitation) {
        Paragraph about = new Paragraph(getTranslation("satisfaction.survey.supplement.about",
                invitation.serviceItemName(getLocale())));
        about.setId("survey-supplement-about");
        RadioButtonGroup<Rating> now = new RadioButtonGroup<>(getTranslation("satisfaction.survey.supplement.now"));
        now.setItems(Rating.values());
        now.setItemLabelGenerator(SurveyTexts::rating);
        now.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        now.setId("survey-supplement-overall");
        TextArea text = new TextArea(getTranslation("satisfaction.survey.supplement.text"));
        text.setId("survey-supplement-comment");
        text.setMaxLength(SurveyAnswers.MAX_COMMENT_LENGTH);
        text.setWidthFull();
        Paragraph message = new Paragraph();
        FormErrors.messageLine(message, "survey-supplement-message");
        Binder<SupplementaryReview> binder = new Binder<>(SupplementaryReview.class);
        binder.forField(now).bind("overall");
        binder.forField(text).bind("comment");
        Button add = new Button(getTranslation("satisfaction.survey.supplement.send"), click -> {
            message.setVisible(false);
            try {
                satisfaction.supplement(token, binder.writeRecord());
                showThanks("satisfaction.survey.supplement.thanks");
            } catch (ValidationException notSent) {
                // Nothing the fields check by themselves; the service says what is missing.
            } catch (InvalidInputException e) {
                Map<String, String> unplaced = FormErrors.show(binder, e);
                if (!unplaced.isEmpty()) {
                    message.setText(String.join(" ", unplaced.values()));
                    message.setVisible(true);
                }
            } catch (SurveyUnavailableException e) {
                startPage("satisfaction.survey.title");
                showUnavailable(e);
            } catch (BusinessRuleException e) {
                // Not a field's fault: the survey must be answered first.
                message.setText(e.getMessage());
                message.setVisible(true);
            }
        });
        add.setId("survey-supplement-submit");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        add.setWidthFull();
        add(about, now, text, message, add);
    }

    private void send() {
        try {
            if (form.send(answers -> satisfaction.submit(token, answers, AnswerChannel.LINK))) {
                showThanks("satisfaction.survey.thanks");
            }
        } catch (SurveyUnavailableException e) {
            startPage("satisfaction.survey.title");
            showUnavailable(e);
        }
    }

    private void showThanks(String textKey) {
        startPage("satisfaction.survey.thanksTitle");
        Paragraph thanks = new Paragraph(getTranslation(textKey));
        thanks.setId("survey-thanks");
        add(thanks);
    }

    /**
     * Unknown, expired or used link, or a signed-in staff member. The service says why in the language of the
     * request, which is the page's (see {@code SessionLocale}).
     */
    private void showUnavailable(SurveyUnavailableException e) {
        Paragraph message = new Paragraph(e.getMessage());
        message.setId("survey-unavailable");
        add(message);
    }
}
