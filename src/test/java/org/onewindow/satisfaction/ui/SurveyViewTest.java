package org.onewindow.satisfaction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.SurveyInvitation;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.satisfaction.SurveyUnavailableException.Reason;
import org.onewindow.shared.InvalidInputException;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

/** The public survey page speaks Chinese and English side by side, questions, answers and messages alike. */
class SurveyViewTest {

    private static final Instant CLOSED = Instant.parse("2026-11-28T03:00:00Z");
    private final SatisfactionService satisfaction = mock(SatisfactionService.class);
    private SurveyView view;

    @BeforeEach
    void openView() {
        MockVaadin.setup();
        view = new SurveyView(satisfaction, Clock.fixed(CLOSED, ZoneId.of("Asia/Shanghai")));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void closeView() {
        MockVaadin.tearDown();
    }

    @Test
    void questionsAndAnswersAreInBothLanguages() {
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001",
                "Social security card application", CLOSED, CLOSED.plusSeconds(86400), false));
        enter("token");

        assertThat(_get(view, Paragraph.class, spec -> spec.withId("survey-about")).getText())
                .contains("您办理的“Social security card application”已于 2026-11-28 办结", "was closed on 2026-11-28");
        assertThat(view.form.overall.getLabel()).isEqualTo("总体评价 Overall, how satisfied are you?");
        assertThat(view.form.overall.getListDataView().getItems().map(view.form.overall.getItemLabelGenerator()))
                .containsExactly("非常满意 Very satisfied", "满意 Satisfied", "基本满意 Basically satisfied",
                        "不满意 Dissatisfied", "非常不满意 Very dissatisfied");
        assertThat(view.form.timeliness.getLabel()).startsWith("办理时效 Timeliness").contains("很好 very good");
        assertThat(view.form.attitude.getLabel()).startsWith("服务态度 Staff attitude");
        assertThat(view.form.transparency.getLabel()).startsWith("办事公开 Transparency");
        assertThat(view.form.convenience.getLabel()).startsWith("便捷程度 Convenience");
        assertThat(view.form.outcome.getLabel()).startsWith("办理结果 The result");
        assertThat(view.form.visits.getLabel()).startsWith("跑动次数 How many times");
        assertThat(view.form.comment.getLabel()).startsWith("意见建议 Anything else");
        assertThat(view.submit.getText()).isEqualTo("提交评价 Send my answers");
    }

    @Test
    void fieldErrorsAreShownInBothLanguages() {
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001", "Passport", CLOSED,
                CLOSED.plusSeconds(86400), false));
        doThrow(new InvalidInputException(Map.of("visits", "Say how many times you came to the hall for this (1 to 20).")))
                .when(satisfaction).submit(eq("token"), any(), eq(AnswerChannel.LINK));
        enter("token");
        view.form.overall.setValue(Rating.SATISFIED);

        _click(view.submit);

        assertThat(view.form.visits.isInvalid()).isTrue();
        assertThat(view.form.visits.getErrorMessage()).isEqualTo(
                "请填写跑动次数（1 到 20）。 Say how many times you came to the hall for this (1 to 20).");
    }

    @Test
    void unknownExpiredAndUsedLinksAreExplainedInBothLanguages() {
        when(satisfaction.open("unknown")).thenThrow(new SurveyUnavailableException(Reason.UNKNOWN,
                "This survey link is not valid. Please check it."));
        when(satisfaction.open("expired")).thenThrow(new SurveyUnavailableException(Reason.EXPIRED,
                "This survey link has expired."));
        when(satisfaction.open("used")).thenThrow(new SurveyUnavailableException(Reason.USED,
                "This survey was already answered. Thank you!"));

        enter("unknown");
        assertThat(unavailable()).isEqualTo("评价链接无效，请核对。 This survey link is not valid. Please check it.");
        enter("expired");
        assertThat(unavailable()).isEqualTo("评价链接已过期。 This survey link has expired.");
        enter("used");
        assertThat(unavailable()).isEqualTo("您已评价过，谢谢！ This survey was already answered. Thank you!");
    }

    private void enter(String token) {
        view.setParameter(null, token);
        view.beforeEnter(null);
    }

    private String unavailable() {
        return _get(view, Paragraph.class, spec -> spec.withId("survey-unavailable")).getText();
    }
}
