package org.onewindow.satisfaction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.IndicatorSetState;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.SupplementaryReview;
import org.onewindow.satisfaction.SupplementaryReviewField;
import org.onewindow.satisfaction.SurveyAnswerField;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.satisfaction.SurveyInvitation;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.LanguageSwitch;
import org.springframework.context.i18n.LocaleContextHolder;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * The public survey page speaks one language, the page's (the phone browser's, or what the citizen chose with
 * the switch at the top): questions, answers and messages alike.
 */
class SurveyViewTest {

    private static final Instant CLOSED = Instant.parse("2026-11-28T03:00:00Z");
    /** The online channel's version 2, as the demo hall publishes it. */
    static final IndicatorSet SET = new IndicatorSet(7, EvaluationChannel.ONLINE, 2, IndicatorSetState.PUBLISHED,
            null, List.of(new Indicator("EFFICIENCY", "办事效率", "Processing efficiency"),
                    new Indicator("GUIDE_ACCURACY", "办事指南精确度", "Accuracy of the guide"),
                    new Indicator("USABILITY", "平台操作性", "Ease of use of the platform")),
            CLOSED, "admin", CLOSED, "admin");
    private final SatisfactionService satisfaction = mock(SatisfactionService.class);
    private SurveyView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        LocaleContextHolder.resetLocaleContext();
        MockVaadin.tearDown();
    }

    @Test
    void questionsAndAnswersAreInChinese() {
        open(Translations.CHINESE);
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001", "社会保障卡补换",
                CLOSED, CLOSED.plusSeconds(86400), false, "Social security card application", SET));
        enter("token");

        assertThat(view.getPageTitle()).isEqualTo("服务评价 | 一窗通办");
        assertThat(_get(view, H1.class).getText()).isEqualTo("服务评价");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("survey-about")).getText())
                .isEqualTo("您办理的“社会保障卡补换”已于2026年11月28日办结。您的评价将帮助我们改进服务，约需一分钟。");
        assertThat(view.form.overall.getLabel()).isEqualTo("总体评价：您对本次服务满意吗？");
        assertThat(ratings()).containsExactly("非常满意", "满意", "基本满意", "不满意", "非常不满意");
        assertThat(view.form.scores.group("EFFICIENCY").getLabel()).isEqualTo("办事效率（1分＝很差，5分＝很好）");
        assertThat(view.form.scores.group("GUIDE_ACCURACY").getLabel()).startsWith("办事指南精确度");
        assertThat(view.form.scores.group("USABILITY").getLabel()).startsWith("平台操作性");
        assertThat(view.form.visits.getLabel()).startsWith("跑动次数");
        assertThat(view.form.comment.getLabel()).startsWith("意见建议");
        assertThat(view.submit.getText()).isEqualTo("提交评价");
        assertOneLanguage(Translations.CHINESE);
    }

    @Test
    void questionsAndAnswersAreInEnglish() {
        open(Translations.ENGLISH);
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001", "社会保障卡补换",
                CLOSED, CLOSED.plusSeconds(86400), false, "Social security card application", SET));
        enter("token");

        assertThat(view.getPageTitle()).isEqualTo("How did we do? | OneWindow");
        assertThat(_get(view, H1.class).getText()).isEqualTo("How did we do?");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("survey-about")).getText())
                .isEqualTo("Your case for “Social security card application” was closed on Nov 28, 2026. "
                        + "Your answers help the hall serve you better; they take a minute.");
        assertThat(view.form.overall.getLabel()).isEqualTo("Overall, how satisfied are you?");
        assertThat(ratings()).containsExactly("Very satisfied", "Satisfied", "Basically satisfied", "Dissatisfied",
                "Very dissatisfied");
        assertThat(view.form.scores.group("EFFICIENCY").getLabel())
                .isEqualTo("Processing efficiency (1 = very poor, 5 = very good)");
        assertThat(view.form.scores.group("GUIDE_ACCURACY").getLabel()).startsWith("Accuracy of the guide");
        assertThat(view.form.scores.group("USABILITY").getLabel()).startsWith("Ease of use of the platform");
        assertThat(view.form.visits.getLabel()).startsWith("How many times");
        assertThat(view.form.comment.getLabel()).startsWith("Anything else");
        assertThat(view.submit.getText()).isEqualTo("Send my answers");
        assertOneLanguage(Translations.ENGLISH);
    }

    @Test
    void languageSwitchIsAtTheTopOfEveryStateOfThePage() {
        open(Translations.ENGLISH);
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001", "Passport", CLOSED,
                CLOSED.plusSeconds(86400), false, SET));
        enter("token");
        assertThat(view.getComponentAt(0)).isSameAs(_get(view, LanguageSwitch.class));

        answerAll();
        _click(view.submit);
        assertThat(view.getComponentAt(0)).isInstanceOf(LanguageSwitch.class);
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("survey-thanks")).getText())
                .isEqualTo("Thank you! Your answers were received.");
    }

    @Test
    void theAnswersNameTheSetShownAndItsScoresByCode() {
        open(Translations.ENGLISH);
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001", "Passport", CLOSED,
                CLOSED.plusSeconds(86400), false, SET));
        enter("token");
        answerAll();
        view.form.comment.setValue("Fine.");

        _click(view.submit);

        verify(satisfaction).submit("token", new SurveyAnswers(Rating.SATISFIED,
                Map.of("EFFICIENCY", 4, "GUIDE_ACCURACY", 5, "USABILITY", 3), SET.id(), 1, "Fine."),
                AnswerChannel.LINK);
    }

    @Test
    void aMissingScoreIsShownOnItsIndicator() {
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001", "Passport", CLOSED,
                CLOSED.plusSeconds(86400), false, SET));
        doAnswer(call -> {
            throw new InvalidInputException(Map.of(SurveyAnswers.scoreProperty("USABILITY"),
                    Translations.current("satisfaction.error.score", "1", "5")));
        }).when(satisfaction).submit(eq("token"), any(), eq(AnswerChannel.LINK));
        open(Translations.CHINESE);
        enter("token");
        view.form.overall.setValue(Rating.SATISFIED);

        _click(view.submit);

        assertThat(view.form.scores.group("USABILITY").isInvalid()).isTrue();
        assertThat(view.form.scores.group("USABILITY").getErrorMessage()).isEqualTo("请打1到5分。");
        assertThat(view.form.scores.group("EFFICIENCY").isInvalid()).isFalse();
        assertThat(view.form.message.isVisible()).isFalse();
        view.form.scores.group("USABILITY").setValue(4);
        assertThat(view.form.scores.group("USABILITY").isInvalid()).isFalse();
    }

    @Test
    void thanksAreInChinese() {
        open(Translations.CHINESE);
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001", "Passport", CLOSED,
                CLOSED.plusSeconds(86400), false, SET));
        enter("token");
        answerAll();

        _click(view.submit);

        assertThat(_get(view, H1.class).getText()).isEqualTo("谢谢");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("survey-thanks")).getText())
                .isEqualTo("感谢您的评价！您的评价已提交成功。");
    }

    @Test
    void supplementaryReviewIsOfferedInEitherLanguage() {
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001", "护照", CLOSED,
                CLOSED.plusSeconds(86400), true, "Passport", SET));
        open(Translations.CHINESE);
        enter("token");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("survey-supplement-about")).getText())
                .isEqualTo("您已对“护照”作出评价，可以追评一次（例如在使用办理结果之后）。");

        open(Translations.ENGLISH);
        enter("token");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("survey-supplement-about")).getText())
                .isEqualTo("You already rated your case for “Passport”. You may add one supplementary review, "
                        + "for instance after using the result.");
    }

    @Test
    void fieldErrorsAreShownInTheLanguageOfThePage() {
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001", "Passport", CLOSED,
                CLOSED.plusSeconds(86400), false, SET));
        // As the service does: its messages come in the language of the request, which is the page's.
        doAnswer(call -> {
            throw InvalidInputException.of(Map.of(SurveyAnswerField.VISITS,
                    Translations.current("satisfaction.error.visits", "1", "20")));
        }).when(satisfaction).submit(eq("token"), any(), eq(AnswerChannel.LINK));

        open(Translations.CHINESE);
        enter("token");
        view.form.overall.setValue(Rating.SATISFIED);
        _click(view.submit);
        assertThat(view.form.visits.isInvalid()).isTrue();
        assertThat(view.form.visits.getErrorMessage()).isEqualTo("请填写跑动次数（1到20次）。");

        open(Translations.ENGLISH);
        enter("token");
        view.form.overall.setValue(Rating.SATISFIED);
        _click(view.submit);
        assertThat(view.form.visits.getErrorMessage())
                .isEqualTo("Say how many times you came to the hall for this (1 to 20).");
    }

    @Test
    void aRefusedSupplementaryReviewIsShownOnItsFields() {
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001", "Passport", CLOSED,
                CLOSED.plusSeconds(86400), true, SET));
        doAnswer(call -> {
            throw InvalidInputException.of(Map.of(SupplementaryReviewField.COMMENT,
                    Translations.current("satisfaction.error.supplementMissing")));
        }).when(satisfaction).supplement(eq("token"), any());
        open(Translations.ENGLISH);
        enter("token");
        RadioButtonGroup<Rating> now = _get(view, RadioButtonGroup.class,
                spec -> spec.withId("survey-supplement-overall"));
        now.setValue(Rating.SATISFIED);
        _click(_get(view, Button.class, spec -> spec.withId("survey-supplement-submit")));

        verify(satisfaction).supplement("token", new SupplementaryReview(Rating.SATISFIED, ""));
        TextArea comment = _get(view, TextArea.class, spec -> spec.withId("survey-supplement-comment"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Tell us what you want to add.");
        assertThat(now.isInvalid()).isFalse();
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void unknownExpiredAndUsedLinksAreExplainedInTheLanguageOfThePage() {
        unavailable("unknown", Reason.UNKNOWN, "satisfaction.error.survey.unknown");
        unavailable("expired", Reason.EXPIRED, "satisfaction.error.survey.expired");
        unavailable("used", Reason.USED, "satisfaction.error.survey.used");

        open(Translations.CHINESE);
        enter("unknown");
        assertThat(unavailable()).isEqualTo("评价链接无效，请核对。");
        enter("expired");
        assertThat(unavailable()).isEqualTo("评价链接已过期。");
        enter("used");
        assertThat(unavailable()).isEqualTo("您已评价过，谢谢！");

        open(Translations.ENGLISH);
        enter("unknown");
        assertThat(unavailable()).isEqualTo("This survey link is not valid. Please check it.");
        enter("expired");
        assertThat(unavailable()).isEqualTo("This survey link has expired.");
        enter("used");
        assertThat(unavailable()).isEqualTo("This survey was already answered. Thank you!");
    }

    /** The page in {@code language}, as the session sets it for the UI and for the services alike. */
    private void open(Locale language) {
        UI.getCurrent().removeAll();
        UI.getCurrent().setLocale(language);
        LocaleContextHolder.setLocale(language);
        view = new SurveyView(satisfaction, Clock.fixed(CLOSED, ZoneId.of("Asia/Shanghai")));
        UI.getCurrent().add(view);
    }

    private void unavailable(String token, Reason reason, String key) {
        when(satisfaction.open(token)).thenAnswer(call -> {
            throw new SurveyUnavailableException(reason, Translations.current(key));
        });
    }

    private void enter(String token) {
        view.setParameter(null, token);
        view.beforeEnter(null);
    }

    private void answerAll() {
        view.form.overall.setValue(Rating.SATISFIED);
        view.form.scores.group("EFFICIENCY").setValue(4);
        view.form.scores.group("GUIDE_ACCURACY").setValue(5);
        view.form.scores.group("USABILITY").setValue(3);
        view.form.visits.setValue(1);
    }

    private java.util.List<String> ratings() {
        return view.form.overall.getListDataView().getItems().map(view.form.overall.getItemLabelGenerator()).toList();
    }

    /** Not the other language beside it, as the page had before issue 6. */
    private void assertOneLanguage(Locale language) {
        String labels = view.form.overall.getLabel() + view.form.scores.group("EFFICIENCY").getLabel()
                + view.form.visits.getLabel()
                + String.join("", ratings()) + view.submit.getText();
        if (language.equals(Translations.CHINESE)) {
            assertThat(labels).doesNotContainPattern("[A-Za-z]{3,}");
        } else {
            assertThat(labels).doesNotContainPattern("\\p{IsHan}");
        }
    }

    private String unavailable() {
        return _get(view, Paragraph.class, spec -> spec.withId("survey-unavailable")).getText();
    }
}
