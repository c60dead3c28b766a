package org.onewindow.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
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
import org.mockito.ArgumentCaptor;
import org.onewindow.casework.CaseProgress;
import org.onewindow.casework.CaseProgressService;
import org.onewindow.casework.ProgressStep;
import org.onewindow.casework.ProgressStep.State;
import org.onewindow.casework.StepKind;
import org.onewindow.intake.CaseLookup;
import org.onewindow.intake.CaseLookupField;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.LookupRefusedException;
import org.onewindow.intake.LookupRefusedException.Reason;
import org.onewindow.intake.MissingMaterials;
import org.onewindow.intake.Outcome;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.LanguageSwitch;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/**
 * The public progress page in the reader's language, Chinese or English: what it shows for a case, and what it
 * says when it refuses. Dates are written as each language writes them.
 */
class ProgressLookupViewTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final Instant ACCEPTED = Instant.parse("2026-11-28T02:00:00Z");
    private static final Instant DAY = Instant.parse("2026-11-29T02:00:00Z");
    private static final String CASE = "OW-20261128-00042";

    private final CaseProgressService progress = mock(CaseProgressService.class);
    private ProgressLookupView view;

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void closeView() {
        MockVaadin.tearDown();
    }

    private void open(Locale language) {
        UI.getCurrent().setLocale(language);
        view = new ProgressLookupView(progress, new HallDates(Clock.fixed(DAY, HALL)));
        UI.getCurrent().add(view);
    }

    @Test
    void caseWaitingForMaterialsShowsItsStepsDueDateAndWhatToBring() {
        open(Translations.ENGLISH);
        when(progress.progress(any(), any())).thenReturn(waitingForMaterials());

        lookUp(CASE, "ABCD2345");

        assertThat(text(H1.class, null)).isEqualTo("Follow your case");
        com.vaadin.flow.component.html.Anchor results = _get(view, com.vaadin.flow.component.html.Anchor.class,
                spec -> spec.withId("progress-public-results"));
        assertThat(results.getHref()).isEqualTo("results");
        assertThat(results.getText()).endsWith("See the public results");
        assertThat(text(Span.class, "progress-status")).isEqualTo("Waiting for your missing materials");
        assertThat(text(Span.class, "progress-accepted")).isEqualTo("Nov 28, 2026");
        assertThat(text(Span.class, "progress-due")).isEqualTo("Dec 3, 2026");
        assertThat(steps()).containsExactly(
                "Acceptance review — done Nov 28, 2026",
                "Review by the lead department (Market Regulation Bureau) — returned for missing materials Nov 29, 2026",
                "Your missing materials — waiting for you since Nov 29, 2026",
                "Review by the lead department (Market Regulation Bureau) — to come",
                "Joint review (Public Security Bureau) — to come");
        assertThat(_get(view, Div.class, spec -> spec.withId("progress-missing")).getElement().getTextRecursively())
                .contains("Proof of registered address", "Bring them by Jan 12, 2027",
                        "Note: Certified copies, please.",
                        "The time limit stops");
        _assertNone(view, Div.class, spec -> spec.withId("progress-decision"));
        assertThat(view.message.isVisible()).isFalse();
        assertThat(ScreenTexts.rawKeys(view)).isEmpty();
    }

    @Test
    void caseWaitingForMaterialsInChinese() {
        open(Translations.CHINESE);
        when(progress.progress(any(), any())).thenReturn(waitingForMaterials());

        lookUp(CASE, "ABCD2345");

        assertThat(text(H1.class, null)).isEqualTo("办件进度查询");
        assertThat(view.caseNumber.getLabel()).isEqualTo("办件编号");
        assertThat(view.lookupCode.getLabel()).isEqualTo("查询码");
        assertThat(view.lookUp.getText()).isEqualTo("查询");
        assertThat(text(Span.class, "progress-status")).isEqualTo("待补正材料");
        assertThat(text(Span.class, "progress-accepted")).isEqualTo("2026年11月28日");
        assertThat(text(Span.class, "progress-due")).isEqualTo("2026年12月3日");
        assertThat(steps()).containsExactly(
                "受理审核 — 已于2026年11月28日完成",
                "牵头部门审查（Market Regulation Bureau） — 已于2026年11月29日退回补正材料",
                "补正材料 — 自2026年11月29日起等待您补交",
                "牵头部门审查（Market Regulation Bureau） — 待办理",
                "联合审查（Public Security Bureau） — 待办理");
        assertThat(_get(view, Div.class, spec -> spec.withId("progress-missing")).getElement().getTextRecursively())
                .contains("请补交以下材料", "Proof of registered address", "请于2027年1月12日前补齐，逾期将撤回办件。",
                        "说明：Certified copies, please.", "补正材料期间暂停计时");
        assertThat(ScreenTexts.rawKeys(view)).isEmpty();
        assertThat(ScreenTexts.of(view))
                .noneMatch(text -> text.contains("Follow your case") || text.contains("Lookup code"));
    }

    @Test
    void closedCaseShowsTheResultWithTheReasonsInBothLanguages() {
        when(progress.progress(any(), any())).thenReturn(new CaseProgress(CASE,
                "Social security card application", "Human Resources and Social Security Bureau", CaseStatus.CLOSED,
                ACCEPTED, DAY, DAY, Outcome.REJECTED, "The photo does not meet the rules.", null,
                List.of(new ProgressStep(StepKind.DELIVERY, null, State.DONE, DAY))));

        open(Translations.ENGLISH);
        lookUp(CASE, "ABCD2345");
        assertThat(text(Paragraph.class, "progress-outcome"))
                .isEqualTo("Not approved: The photo does not meet the rules.");
        assertThat(text(Span.class, "progress-status")).isEqualTo("Closed");
        _assertNone(view, Span.class, spec -> spec.withId("progress-due"));
        assertThat(steps()).containsExactly("Result delivery — done Nov 29, 2026");
        assertThat(_get(view, Div.class, spec -> spec.withId("progress-decision")).getElement().getTextRecursively())
                .contains("Closed on Nov 29, 2026");

        UI.getCurrent().removeAll();
        open(Translations.CHINESE);
        lookUp(CASE, "ABCD2345");
        assertThat(text(Paragraph.class, "progress-outcome")).isEqualTo("不予办理：The photo does not meet the rules.");
        assertThat(text(Span.class, "progress-status")).isEqualTo("已办结");
        assertThat(steps()).containsExactly("结果送达 — 已于2026年11月29日完成");
        assertThat(_get(view, Div.class, spec -> spec.withId("progress-decision")).getElement().getTextRecursively())
                .contains("办结时间：2026年11月29日");
    }

    @Test
    void wrongPairAndTooManyAttemptsAreExplainedInTheReadersLanguage() {
        open(Translations.ENGLISH);
        refuseWrongPair();
        lookUp(CASE, "WRONG");
        assertThat(view.message.isVisible()).isTrue();
        assertThat(view.message.getText())
                .isEqualTo("No case has this number with this lookup code. Check both on your acceptance receipt.");
        assertThat(view.result.getChildren()).isEmpty();
        refuseTooManyAttempts();
        lookUp(CASE, "WRONG");
        assertThat(view.message.getText()).isEqualTo("Too many wrong case numbers or lookup codes were tried from "
                + "your connection. Try again after Nov 29, 2026, 10:15 AM.");

        UI.getCurrent().removeAll();
        open(Translations.CHINESE);
        refuseWrongPair();
        lookUp(CASE, "WRONG");
        assertThat(view.message.getText()).isEqualTo("办件编号与查询码不匹配，请核对受理回执。");
        refuseTooManyAttempts();
        lookUp(CASE, "WRONG");
        assertThat(view.message.getText()).isEqualTo("您的网络连接尝试错误次数过多，请于2026年11月29日 10:15后再试。");
    }

    @Test
    void aRefusalIsReadOutAndAnAnswerCanTakeTheFocus() {
        open(Translations.ENGLISH);
        refuseWrongPair();
        lookUp(CASE, "WRONG");
        // A live region: the refusal appears without a page change and is read out as it appears.
        assertThat(view.message.getElement().getAttribute("role")).isEqualTo("alert");

        doReturn(waitingForMaterials()).when(progress).progress(any(), any());
        lookUp(CASE, "ABCD2345");
        // Focusable by script only (not a Tab stop), for the view to put the focus on the answer.
        H2 about = _get(view, H2.class, spec -> spec.withId("progress-about"));
        assertThat(about.getElement().getAttribute("tabindex")).isEqualTo("-1");
    }

    @Test
    void emptyFieldsAreMarkedOneByOneWithTheServicesMessage() {
        open(Translations.ENGLISH);
        when(progress.progress(any(), any())).thenThrow(InvalidInputException.of(Map.of(
                CaseLookupField.LOOKUP_CODE, "Enter the lookup code from your acceptance receipt.")));
        lookUp(CASE, "");
        assertThat(view.lookupCode.isInvalid()).isTrue();
        assertThat(view.lookupCode.getErrorMessage()).isEqualTo("Enter the lookup code from your acceptance receipt.");
        assertThat(view.caseNumber.isInvalid()).isFalse();
        assertThat(view.message.isVisible()).isFalse();

        // What was typed goes to the service as the citizen's lookup, with who is asking beside it.
        ArgumentCaptor<CaseLookup> sent = ArgumentCaptor.forClass(CaseLookup.class);
        verify(progress).progress(sent.capture(), any());
        assertThat(sent.getValue()).isEqualTo(new CaseLookup(CASE, ""));

        // The next answer starts afresh: the field is no longer marked.
        doReturn(waitingForMaterials()).when(progress).progress(any(), any());
        lookUp(CASE, "ABCD2345");
        assertThat(view.lookupCode.isInvalid()).isFalse();
    }

    @Test
    void aRefusalNoFieldShowsIsInTheMessageLine() {
        open(Translations.ENGLISH);
        when(progress.progress(any(), any())).thenThrow(new InvalidInputException(Map.of("client", "Who is asking?")));
        lookUp(CASE, "ABCD2345");
        assertThat(view.message.isVisible()).isTrue();
        assertThat(view.message.getText()).isEqualTo("Who is asking?");
        assertThat(view.caseNumber.isInvalid()).isFalse();
        assertThat(view.lookupCode.isInvalid()).isFalse();
    }

    @Test
    void theFieldsTakeWhatTheLookupAllows() {
        open(Translations.ENGLISH);
        assertThat(view.caseNumber.getMaxLength()).isEqualTo(CaseLookup.MAX_CASE_NUMBER);
        assertThat(view.lookupCode.getMaxLength()).isEqualTo(CaseLookup.MAX_LOOKUP_CODE);
    }

    @Test
    void thePageHasTheLanguageSwitchAndATitleInTheReadersLanguage() {
        open(Translations.CHINESE);
        assertThat(_find(view, LanguageSwitch.class)).hasSize(1);
        assertThat(view.getPageTitle()).isEqualTo("办件进度查询 | 一窗通办");
        assertThat(text(Paragraph.class, null, "请输入受理回执上的办件编号和查询码。")).isNotNull();

        UI.getCurrent().removeAll();
        open(Translations.ENGLISH);
        assertThat(view.getPageTitle()).isEqualTo("Follow your case | OneWindow");
    }

    @Test
    void everyStatusStepAndStateHasATextInBothLanguages() {
        for (Locale language : Translations.LOCALES) {
            open(language);
            for (CaseStatus status : CaseStatus.values()) {
                assertThat(ProgressTexts.status(status)).as(status + " in " + language).doesNotStartWith("!");
            }
            for (StepKind kind : StepKind.values()) {
                ProgressStep step = new ProgressStep(kind, "Department", State.PENDING, null);
                assertThat(ProgressTexts.step(step)).as(kind + " in " + language).doesNotStartWith("!");
                for (State state : State.values()) {
                    assertThat(ProgressTexts.state(new ProgressStep(kind, null, state, DAY), "x"))
                            .as(kind + " " + state + " in " + language).doesNotStartWith("!");
                }
            }
        }
        assertThat(Translations.missingKeys()).noneMatch(key -> key.startsWith("casework."));
    }

    @Test
    void caseNumberFromTheLinkIsFilledInButNothingIsLookedUp() {
        open(Translations.ENGLISH);
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("progress", QueryParameters.of("case", CASE)));
        view.beforeEnter(event);
        assertThat(view.caseNumber.getValue()).isEqualTo(CASE);
        assertThat(view.lookupCode.getValue()).isEmpty();
        verifyNoInteractions(progress);
    }

    private static CaseProgress waitingForMaterials() {
        return new CaseProgress(CASE, "Company establishment registration", "Market Regulation Bureau",
                CaseStatus.WAITING_FOR_MATERIALS, ACCEPTED, Instant.parse("2026-12-03T09:00:00Z"), null, null, null,
                new MissingMaterials(List.of("Proof of registered address"), "Certified copies, please.", DAY,
                        Instant.parse("2027-01-12T09:00:00Z")),
                List.of(new ProgressStep(StepKind.ACCEPTANCE, null, State.DONE, ACCEPTED),
                        new ProgressStep(StepKind.REVIEW, "Market Regulation Bureau", State.RETURNED_FOR_MATERIALS,
                                DAY),
                        new ProgressStep(StepKind.MATERIALS, null, State.IN_PROGRESS, DAY),
                        new ProgressStep(StepKind.REVIEW, "Market Regulation Bureau", State.PENDING, null),
                        new ProgressStep(StepKind.JOINT_REVIEW, "Public Security Bureau", State.PENDING, null)));
    }

    private void refuseWrongPair() {
        doThrow(new LookupRefusedException(Reason.WRONG_PAIR, null, "No case has this number ..."))
                .when(progress).progress(any(), any());
    }

    private void refuseTooManyAttempts() {
        doThrow(new LookupRefusedException(Reason.TOO_MANY_ATTEMPTS, Instant.parse("2026-11-29T02:15:00Z"),
                "Too many wrong case numbers or lookup codes ...")).when(progress).progress(any(), any());
    }

    private void lookUp(String caseNumber, String code) {
        view.caseNumber.setValue(caseNumber);
        view.lookupCode.setValue(code);
        _click(view.lookUp);
    }

    private <T extends com.vaadin.flow.component.Component> String text(Class<T> type, String id) {
        return _get(view, type, spec -> {
            if (id != null) {
                spec.withId(id);
            }
        }).getElement().getTextRecursively();
    }

    private <T extends com.vaadin.flow.component.Component> String text(Class<T> type, String id, String text) {
        return _get(view, type, spec -> spec.withText(text)).getElement().getTextRecursively();
    }

    private List<String> steps() {
        OrderedList list = _get(view, OrderedList.class, spec -> spec.withId("progress-steps"));
        return _find(list, ListItem.class).stream().map(item -> item.getElement().getTextRecursively()).toList();
    }
}
