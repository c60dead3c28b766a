package org.onewindow.satisfaction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.satisfaction.EvaluationStage;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.SurveyInvitation;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;

/** 一事多评: the survey page says which service of the case it evaluates, the acceptance or the closing. */
class SurveyStageViewTest {

    private static final Instant ACCEPTED = Instant.parse("2026-11-28T03:00:00Z");
    private final SatisfactionService satisfaction = mock(SatisfactionService.class);

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
    void theAcceptancesSurveySaysItIsAboutTheAcceptanceInChinese() {
        assertThat(about(Translations.CHINESE, EvaluationStage.ACCEPTANCE, null))
                .isEqualTo("请对“社会保障卡补换”的受理服务进行评价。办件仍在办理中，办结后我们还将请您评价。");
    }

    @Test
    void theAcceptancesSurveySaysItIsAboutTheAcceptanceInEnglish() {
        assertThat(about(Translations.ENGLISH, EvaluationStage.ACCEPTANCE, null)).startsWith(
                "You are rating how your application for “Social security card application” was accepted at the hall");
    }

    @Test
    void theClosingsSurveyStillNamesTheClosingDate() {
        assertThat(about(Translations.CHINESE, EvaluationStage.CLOSING, ACCEPTED))
                .startsWith("您办理的“社会保障卡补换”已于2026年11月28日办结。");
    }

    private String about(Locale language, EvaluationStage stage, Instant closedAt) {
        UI.getCurrent().setLocale(language);
        LocaleContextHolder.setLocale(language);
        when(satisfaction.open("token")).thenReturn(new SurveyInvitation("OW-20261128-00001", "社会保障卡补换", closedAt,
                ACCEPTED.plusSeconds(86400), false, "Social security card application", SurveyViewTest.SET, stage));
        SurveyView view = new SurveyView(satisfaction, Clock.fixed(ACCEPTED, ZoneId.of("Asia/Shanghai")));
        UI.getCurrent().add(view);
        view.setParameter(null, "token");
        view.beforeEnter(null);
        return _get(view, Paragraph.class, spec -> spec.withId("survey-about")).getText();
    }
}
