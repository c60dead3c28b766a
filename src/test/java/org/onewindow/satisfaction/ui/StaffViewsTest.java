package org.onewindow.satisfaction.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.directory.DirectoryService;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.Indicator;
import org.onewindow.satisfaction.IndicatorScore;
import org.onewindow.satisfaction.IndicatorSetService;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.Appeal;
import org.onewindow.satisfaction.AppealGround;
import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.satisfaction.KioskPairing;
import org.onewindow.satisfaction.MobileReveal;
import org.onewindow.satisfaction.PhoneCall;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationService;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.satisfaction.Verification;
import org.onewindow.satisfaction.VerificationField;
import org.onewindow.satisfaction.WindowKioskService;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/** The staff's screens of the follow-up and the bad reviews, in each language and without a raw key. */
class StaffViewsTest {

    private static final Instant OPENED = Instant.parse("2026-11-30T02:00:00Z");
    private static final String CASE = "OW-20261128-00042";

    private final RectificationService rectifications = mock(RectificationService.class);
    private final SatisfactionService satisfaction = mock(SatisfactionService.class);
    private final IndicatorSetService indicatorSets = mock(IndicatorSetService.class);
    private final WindowKioskService kiosk = mock(WindowKioskService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private final HallDates dates = new HallDates(Clock.fixed(OPENED, ZoneId.of("Asia/Shanghai")));

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        when(directory.departmentName(any(), any())).thenAnswer(
                call -> Translations.CHINESE.equals(call.getArgument(1)) ? "人社局" : "HRSS bureau");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void badReviewWithItsWholeHistoryReadsInChinese() {
        RectificationView view = rectificationView(Translations.CHINESE, fedBack());

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("办件" + CASE + "的差评", "已反馈群众", "群众评价内容", "评价：非常不满意",
                "办理时效 2 · 服务态度 3（满分5分） · 跑动3次",
                "电话回访评价（录入人：followup）", "追评：满意", "通过短信评价链接评价", "处理情况",
                "核实人：hrss.head：", "差评属实：予以整改", "恶意差评", "申诉驳回，裁定人：manager：",
                "整改人：hrss.head：", "已反馈群众：", "并附一次追评链接", "2026年11月30日 10:00",
                // What people wrote stays as written.
                "“Nobody explained anything.”", "Checklists updated.", "社会保障卡补换 · 人社局")
                .doesNotContain("!satisfaction.");
    }

    @Test
    void badReviewWithItsWholeHistoryReadsInEnglish() {
        RectificationView view = rectificationView(Translations.ENGLISH, fedBack());

        String text = view.getElement().getTextRecursively();
        assertThat(text).contains("Bad review of case " + CASE, "Fed back to the citizen", "What the citizen said",
                "Review: Very dissatisfied",
                "Timeliness 2 · Staff attitude 3 (of 5) · came 3 times",
                "Answered on the phone (recorded by followup)", "Supplementary review: Satisfied",
                "Answered through the survey link", "Handling", "Verified by hrss.head:", "Justified: we will rectify",
                "Malicious", "Appeal rejected by manager:", "Rectified by hrss.head:",
                "with a link for one supplementary review",
                "Nov 30, 2026, 10:00 AM", "Social security card application · HRSS bureau")
                .doesNotContainPattern("\\p{IsHan}").doesNotContain("!satisfaction.");
    }

    @Test
    void headVerifiesInTheLanguageOfTheScreen() {
        for (Locale language : Translations.LOCALES) {
            RectificationView view = rectificationView(language, verifyingForItsHead());
            @SuppressWarnings("unchecked")
            RadioButtonGroup<Verdict> verdict = _get(view, RadioButtonGroup.class,
                    spec -> spec.withId("rectification-verdict"));
            List<String> verdicts = Stream.of(Verdict.values()).map(verdict.getItemLabelGenerator()).toList();
            String labels = verdict.getLabel() + verdicts
                    + _get(view, TextArea.class, spec -> spec.withId("rectification-note"))
                            .getLabel()
                    + _get(view, Button.class, spec -> spec.withId("rectification-verify")).getText()
                    + view.getElement().getTextRecursively();
            assertThat(labels).doesNotContain("!satisfaction.");
            if (language.equals(Translations.CHINESE)) {
                assertThat(verdict.getLabel()).isEqualTo("差评是否属实？");
                assertThat(verdicts).containsExactly("差评属实：予以整改", "差评不属实：向群众解释说明", "误评或恶意差评：提请管理人员裁定申诉");
                assertThat(labels).contains("待核实", "核实时限2026年12月1日 10:00", "提交核实结果");
            } else {
                assertThat(verdict.getLabel()).isEqualTo("Is the review justified?");
                assertThat(labels).contains("To verify", "verification due Dec 1, 2026, 10:00 AM",
                        "Record the verification");
            }
        }
    }

    @Test
    void followUpListAndBadReviewListHaveTheirHeadersInEitherLanguage() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        assertThat(headers(new PhoneFollowUpView(satisfaction, indicatorSets, dates).grid))
                .containsExactly("办件", "事项", "申请人", "联系电话", "办结日期", "已回访次数", "");
        RectificationListView list = new RectificationListView(rectifications, directory, dates,
                org.onewindow.satisfaction.JurisdictionRules.defaults());
        assertThat(headers(list.grid)).containsExactly("办件", "事项", "承办部门", "环节", "收到日期", "办理时限", "督办");
        assertThat(list.getPageTitle()).isEqualTo("差评整改 | 一窗通办");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        PhoneFollowUpView followUp = new PhoneFollowUpView(satisfaction, indicatorSets, dates);
        assertThat(headers(followUp.grid)).containsExactly("Case", "Service item", "Citizen", "Phone", "Closed",
                "Calls so far", "");
        assertThat(followUp.getPageTitle()).isEqualTo("Phone follow-ups | OneWindow");
        assertThat(headers(new RectificationListView(rectifications, directory, dates,
                org.onewindow.satisfaction.JurisdictionRules.defaults()).grid))
                .containsExactly("Case", "Service item", "Department", "Stage", "Received", "Due", "Escalation");
    }

    @Test
    void badReviewsAndPhoneFollowUpsNameTheItemAndTheDepartmentInTheLanguageOfTheScreen() {
        when(rectifications.openRectifications()).thenReturn(List.of(verifying()));
        when(satisfaction.pendingPhoneCalls()).thenReturn(List.of(new PhoneCall(CASE, "社会保障卡补换", "Sun Hua",
                "13698765432", OPENED, 0, "Social security card application")));

        UI.getCurrent().setLocale(Translations.CHINESE);
        assertThat(GridKt._getFormattedRow(new RectificationListView(rectifications, directory, dates,
                org.onewindow.satisfaction.JurisdictionRules.defaults()).grid, 0))
                .startsWith(CASE, "社会保障卡补换", "人社局");
        assertThat(GridKt._getFormattedRow(new PhoneFollowUpView(satisfaction, indicatorSets, dates).grid, 0))
                .startsWith(CASE, "社会保障卡补换");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        assertThat(GridKt._getFormattedRow(new RectificationListView(rectifications, directory, dates,
                org.onewindow.satisfaction.JurisdictionRules.defaults()).grid, 0))
                .startsWith(CASE, "Social security card application", "HRSS bureau");
        assertThat(GridKt._getFormattedRow(new PhoneFollowUpView(satisfaction, indicatorSets, dates).grid, 0))
                .startsWith(CASE, "Social security card application");
    }

    @Test
    void kioskPairingSaysUntilWhenInTheLanguageOfTheScreen() {
        when(kiosk.pair()).thenReturn(new KioskPairing("http://localhost:8080/kiosk/Zx8kQ2m9TtB1cV7nLp0aYw", "Li Na",
                Instant.parse("2026-11-30T16:00:00Z")));
        UI.getCurrent().setLocale(Translations.CHINESE);
        KioskPairingView chinese = new KioskPairingView(kiosk, dates);
        UI.getCurrent().add(chinese);
        assertThat(chinese.pair.getText()).isEqualTo("绑定今天的评价器");
        _click(chinese.pair);
        assertThat(_get(chinese, Paragraph.class, spec -> spec.withId("kiosk-validity")).getText())
                .contains("供Li Na使用，有效期至今天结束（2026年11月30日）");
        assertThat(chinese.pair.getText()).isEqualTo("重新绑定（替换此地址）");

        UI.getCurrent().removeAll();
        UI.getCurrent().setLocale(Translations.ENGLISH);
        KioskPairingView english = new KioskPairingView(kiosk, dates);
        UI.getCurrent().add(english);
        _click(english.pair);
        assertThat(_get(english, Paragraph.class, spec -> spec.withId("kiosk-validity")).getText())
                .contains("It works until the end of today (Nov 30, 2026) for Li Na.");
        assertThat(english.getPageTitle()).isEqualTo("My window kiosk | OneWindow");
    }

    @Test
    void theHeadHandlingTheReviewHasTheCitizensNumberShownOnlyWhenAskingAndSeesWhoLookedAtIt() {
        when(rectifications.revealMobile(CASE)).thenReturn("13698765432");
        when(rectifications.mobileReveals(CASE)).thenReturn(List.of(new MobileReveal(CASE, "followup", OPENED)));
        RectificationView view = rectificationView(Translations.ENGLISH, verifyingForItsHead());

        assertThat(_find(view, Span.class, spec -> spec.withId("rectification-mobile-number"))).isEmpty();
        assertThat(
                _get(view, Div.class, spec -> spec.withId("rectification-history")).getElement().getTextRecursively())
                .contains("Mobile number shown to followup");
        _get(view, Button.class, spec -> spec.withId("rectification-reveal-mobile")).click();

        assertThat(_get(view, Span.class, spec -> spec.withId("rectification-mobile-number")).getText())
                .isEqualTo("Mobile number: 13698765432 (your look at it is recorded)");
        org.mockito.Mockito.verify(rectifications).revealMobile(CASE);

        // As a manager reads it: no number, and not the head's step.
        RectificationView other = rectificationView(Translations.CHINESE, verifying());
        assertThat(_find(other, Button.class, spec -> spec.withId("rectification-reveal-mobile"))).isEmpty();
        assertThat(_find(other, Button.class, spec -> spec.withId("rectification-verify"))).isEmpty();
    }

    @Test
    void aRefusedVerificationIsShownOnItsFieldsWithWhatWasTypedKept() {
        RectificationView view = rectificationView(Translations.ENGLISH, verifyingForItsHead());
        org.mockito.Mockito.doThrow(InvalidInputException.of(Map.of(VerificationField.APPEAL_GROUND,
                "Say why the review should not count."))).when(rectifications)
                .verify(org.mockito.ArgumentMatchers.eq(CASE),
                        org.mockito.ArgumentMatchers.any());
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Verdict> verdict = _get(view, RadioButtonGroup.class,
                spec -> spec.withId("rectification-verdict"));
        verdict.setValue(Verdict.APPEALED);
        TextArea note = _get(view, TextArea.class, spec -> spec.withId("rectification-note"));
        note.setValue("He wanted to skip the queue.");
        _get(view, Button.class, spec -> spec.withId("rectification-verify")).click();

        org.mockito.Mockito.verify(rectifications).verify(CASE,
                new Verification(Verdict.APPEALED, "He wanted to skip the queue.", null));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<AppealGround> ground = _get(view, RadioButtonGroup.class,
                spec -> spec.withId("rectification-appeal-ground"));
        assertThat(ground.isInvalid()).isTrue();
        assertThat(ground.getErrorMessage()).isEqualTo("Say why the review should not count.");
        assertThat(note.getValue()).isEqualTo("He wanted to skip the queue.");
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNoNotifications();
    }

    private RectificationView rectificationView(Locale language, Rectification rectification) {
        UI.getCurrent().removeAll();
        UI.getCurrent().setLocale(language);
        when(rectifications.rectification(CASE)).thenReturn(rectification);
        RectificationView view = new RectificationView(rectifications, directory, dates);
        view.setParameter(null, CASE);
        view.beforeEnter(null);
        UI.getCurrent().add(view);
        return view;
    }

    private static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(column -> column.getHeaderText() == null ? "" : column.getHeaderText())
                .collect(Collectors.toList());
    }

    private static CitizenReview badReview() {
        return new CitizenReview(Rating.VERY_DISSATISFIED,
                List.of(new IndicatorScore(new Indicator("TIMELINESS", "办理时效", "Timeliness"), 2),
                        new IndicatorScore(new Indicator("ATTITUDE", "服务态度", "Staff attitude"), 3)),
                3, "Nobody explained anything.", AnswerChannel.PHONE, "followup", OPENED.minusSeconds(3600), false,
                null, EvaluationChannel.PHONE, 1);
    }

    /** As the service returns it to a head of the department: the verification is theirs, and the number. */
    private static Rectification verifyingForItsHead() {
        return verifying().withActions(true, false, false, true, false);
    }

    private static Rectification verifying() {
        return new Rectification(CASE, "社会保障卡补换", "HRSS", RectificationStage.VERIFYING, OPENED,
                OPENED.plusSeconds(86400), null, null, null, null, null, null, null, null, null, null, null, null,
                List.of(badReview()), "Social security card application");
    }

    private static Rectification fedBack() {
        Instant t = OPENED;
        CitizenReview supplement = new CitizenReview(Rating.SATISFIED, List.of(), null, "Fixed now.",
                AnswerChannel.LINK, null, t.plusSeconds(9 * 86400), true, null, EvaluationChannel.SMS, 1);
        return new Rectification(CASE, "社会保障卡补换", "HRSS", RectificationStage.FED_BACK, t,
                t.plusSeconds(86400), t.plusSeconds(90000), t.plusSeconds(100000), "hrss.head", Verdict.JUSTIFIED,
                "She is right.", new Appeal(AppealGround.MALICIOUS, "Rude.", "hrss.head", t.plusSeconds(100000), false,
                        "A real delay.", "manager", t.plusSeconds(200000)),
                t.plusSeconds(15 * 86400), null, t.plusSeconds(8 * 86400), "hrss.head", "Checklists updated.", t,
                List.of(badReview(), supplement), "Social security card application");
    }
}
