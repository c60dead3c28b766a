package org.onewindow.satisfaction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.IndicatorSetService;
import org.onewindow.satisfaction.IndicatorSetState;
import org.onewindow.satisfaction.KioskCase;
import org.onewindow.satisfaction.KioskUnavailableException;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.SurveyAnswers;
import org.onewindow.satisfaction.SurveyUnavailableException;
import org.onewindow.satisfaction.WindowKiosk;
import org.onewindow.satisfaction.WindowKioskService;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.LanguageSwitch;
import org.onewindow.support.MutableClock;
import org.springframework.context.i18n.LocaleContextHolder;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The kiosk on the tablet: waiting, the questionnaire once the window closed a case, one rating, waiting again;
 * in one language, the tablet's (its browser's, or what the citizen chose with the switch at the top).
 */
class KioskViewTest {

    private static final String KEY = "k3yOfTh3WindowKi0sk_12";
    // The catalog names the item in both languages; the kiosk shows the one of its screen.
    private static final KioskCase CARD = new KioskCase("OW-20261128-00042", "社会保障卡补换",
            Instant.parse("2026-11-28T06:05:00Z"), "Social security card application");

    /** The window's set, cut to two of the five dimensions. */
    private static final IndicatorSet WINDOW = new IndicatorSet(1, EvaluationChannel.WINDOW, 1,
            IndicatorSetState.PUBLISHED, null,
            java.util.List.of(new Indicator("TIMELINESS", "办理时效", "Timeliness"),
                    new Indicator("ATTITUDE", "服务态度", "Staff attitude")),
            java.time.Instant.EPOCH, "system", java.time.Instant.EPOCH, "system");
    private final IndicatorSetService indicatorSets = mock(IndicatorSetService.class);
    private final WindowKioskService kiosk = mock(WindowKioskService.class);
    private final MutableClock clock = new MutableClock(ZoneId.of("Asia/Shanghai"));
    private KioskView view;

    @BeforeEach
    void openKiosk() {
        MockVaadin.setup();
        open(Translations.ENGLISH);
    }

    @AfterEach
    void closeKiosk() {
        LocaleContextHolder.resetLocaleContext();
        MockVaadin.tearDown();
    }

    @Test
    void waitsShowsTheQuestionnaireOnceTheWindowClosedACaseAndTakesOneRating() {
        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("Li Na", null));
        enter();
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(KioskView.POLL_MILLIS);
        assertThat(view.getPageTitle()).isEqualTo("Rate this window | OneWindow");
        assertThat(view.getComponentAt(0)).isSameAs(_get(view, LanguageSwitch.class));
        assertThat(text("kiosk-waiting"))
                .isEqualTo("Window of Li Na — please rate our service after your business is done.");

        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("Li Na", CARD));
        poll();
        // The service item and the closing time (hall time), nothing personal, not even the case number.
        assertThat(text("kiosk-about")).isEqualTo("Your “Social security card application” was completed at "
                + "Nov 28, 2026, 2:05 PM: please rate our service.");
        assertThat(view.form.overall.getLabel()).isEqualTo("Overall, how satisfied are you?");
        assertThat(view.getComponentAt(0)).as("the switch stays on top").isInstanceOf(LanguageSwitch.class);
        assertThat(view.submit.getText()).isEqualTo("Send my answers");
        assertThat(view.skip.getText()).isEqualTo("Not now");

        answer(Rating.VERY_SATISFIED);
        _click(view.submit);

        verify(kiosk).submit(KEY, CARD.caseNumber(), new SurveyAnswers(Rating.VERY_SATISFIED,
                java.util.Map.of("TIMELINESS", 5, "ATTITUDE", 4), WINDOW.id(), 1, ""));
        assertThat(text("kiosk-thanks")).isEqualTo("Thank you! Your answers were received.");

        // The thanks stay a few seconds, then the kiosk waits for the next citizen.
        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("Li Na", null));
        poll();
        assertThat(text("kiosk-thanks")).contains("Thank you");
        clock.advance(KioskView.MESSAGE_SHOWN.plusSeconds(1));
        poll();
        assertThat(text("kiosk-waiting")).contains("Window of Li Na");
    }

    @Test
    void kioskSpeaksChineseOnAChineseTablet() {
        open(Translations.CHINESE);
        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("李娜", null));
        enter();
        assertThat(view.getPageTitle()).isEqualTo("窗口评价 | 一窗通办");
        assertThat(_get(view, H1.class).getText()).isEqualTo("窗口评价");
        assertThat(text("kiosk-waiting")).isEqualTo("李娜的窗口 — 业务办理完毕后，请对我们的服务进行评价。");

        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("李娜", CARD));
        poll();
        assertThat(text("kiosk-about")).isEqualTo("您刚刚办结的“社会保障卡补换”（2026年11月28日 14:05）："
                + "请对我们的服务进行评价。");
        assertThat(view.form.overall.getLabel()).isEqualTo("总体评价：您对本次服务满意吗？");
        assertThat(view.form.overall.getListDataView().getItems().map(view.form.overall.getItemLabelGenerator()))
                .containsExactly("非常满意", "满意", "基本满意", "不满意", "非常不满意");
        assertThat(view.submit.getText()).isEqualTo("提交评价");
        assertThat(view.skip.getText()).isEqualTo("暂不评价");

        answer(Rating.SATISFIED);
        _click(view.submit);
        assertThat(_get(view, H1.class).getText()).isEqualTo("谢谢");
        assertThat(text("kiosk-thanks")).isEqualTo("感谢您的评价！您的评价已提交成功。");
    }

    @Test
    void citizenInTheMiddleOfTheQuestionnaireIsNotInterruptedWhenTheKioskWindowRunsOut() {
        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("Li Na", CARD));
        enter();
        view.form.overall.setValue(Rating.SATISFIED);

        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("Li Na", null));
        poll();
        assertThat(text("kiosk-about")).contains("Social security card application");

        // Nobody touched the questionnaire of the next one: it goes when its time runs out.
        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("Li Na", new KioskCase("OW-20261128-00043", "Passport",
                CARD.closedAt().plusSeconds(300))));
        poll();
        assertThat(text("kiosk-about")).contains("Passport");
        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("Li Na", null));
        poll();
        assertThat(text("kiosk-waiting")).contains("Window of Li Na");
    }

    @Test
    void incompleteAnswersAreMarkedInTheKiosksLanguageAndNothingElseHappens() {
        // As the service does: its messages come in the language of the request, which is the kiosk's.
        doAnswer(call -> {
            throw new InvalidInputException(Map.of("overall", Translations.current("satisfaction.error.overall")));
        }).when(kiosk).submit(eq(KEY), eq(CARD.caseNumber()), any());
        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("Li Na", CARD));

        enter();
        _click(view.submit);
        assertThat(view.form.overall.isInvalid()).isTrue();
        assertThat(view.form.overall.getErrorMessage()).isEqualTo("Choose how satisfied you are overall.");
        _assertNone(view, Paragraph.class, spec -> spec.withId("kiosk-thanks"));

        open(Translations.CHINESE);
        enter();
        _click(view.submit);
        assertThat(view.form.overall.getErrorMessage()).isEqualTo("请选择总体评价。");
        _assertNone(view, Paragraph.class, spec -> spec.withId("kiosk-thanks"));
    }

    @Test
    void caseAnsweredMeanwhileByItsLinkIsExplained() {
        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("Li Na", CARD));
        doAnswer(call -> {
            throw new SurveyUnavailableException(SurveyUnavailableException.Reason.USED,
                    Translations.current("satisfaction.error.survey.used"));
        }).when(kiosk).submit(eq(KEY), eq(CARD.caseNumber()), any());
        enter();
        answer(Rating.SATISFIED);
        _click(view.submit);
        assertThat(text("kiosk-message")).isEqualTo("This survey was already answered. Thank you!");

        open(Translations.CHINESE);
        enter();
        answer(Rating.SATISFIED);
        _click(view.submit);
        assertThat(text("kiosk-message")).isEqualTo("您已评价过，谢谢！");
    }

    @Test
    void citizenMayPassOverTheKiosk() {
        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("Li Na", CARD));
        enter();
        when(kiosk.open(KEY)).thenReturn(new WindowKiosk("Li Na", null));

        _click(view.skip);

        verify(kiosk).dismiss(KEY, CARD.caseNumber());
        verify(kiosk, never()).submit(anyString(), anyString(), any());
        assertThat(text("kiosk-waiting")).contains("Window of Li Na");
    }

    @Test
    void replacedKeyIsExplainedAndTheKioskStopsAsking() {
        when(kiosk.open(KEY)).thenAnswer(call -> {
            throw new KioskUnavailableException(KioskUnavailableException.Reason.REVOKED,
                    Translations.current("satisfaction.error.kiosk.revoked"));
        });
        enter();

        assertThat(text("kiosk-unavailable"))
                .isEqualTo("This kiosk link was replaced by a newer pairing. Open the new kiosk link.");
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);

        open(Translations.CHINESE);
        enter();
        assertThat(text("kiosk-unavailable")).isEqualTo("评价器已重新绑定，此链接已失效，请打开新链接。");
        assertThat(view.getComponentAt(0)).as("the citizen may still switch").isInstanceOf(LanguageSwitch.class);
    }

    /** The kiosk in {@code language}, as the session sets it for the UI and for the services alike. */
    private void open(Locale language) {
        UI.getCurrent().removeAll();
        UI.getCurrent().setLocale(language);
        LocaleContextHolder.setLocale(language);
        view = new KioskView(kiosk, indicatorSets, clock);
        when(indicatorSets.current(EvaluationChannel.WINDOW)).thenReturn(WINDOW);
    }

    private void enter() {
        view.setParameter(null, KEY);
        view.beforeEnter(null);
        UI.getCurrent().add(view);
    }

    private void poll() {
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
    }

    private void answer(Rating overall) {
        view.form.overall.setValue(overall);
        view.form.scores.group("TIMELINESS").setValue(5);
        view.form.scores.group("ATTITUDE").setValue(4);
        view.form.visits.setValue(1);
    }

    private String text(String id) {
        return _get(view, Paragraph.class, spec -> spec.withId(id)).getText();
    }

}
