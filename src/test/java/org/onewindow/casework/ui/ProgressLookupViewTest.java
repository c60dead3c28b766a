package org.onewindow.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.CaseProgress;
import org.onewindow.casework.CaseProgressService;
import org.onewindow.casework.ProgressStep;
import org.onewindow.casework.ProgressStep.State;
import org.onewindow.casework.StepKind;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.LookupRefusedException;
import org.onewindow.intake.LookupRefusedException.Reason;
import org.onewindow.intake.MissingMaterials;
import org.onewindow.intake.Outcome;
import org.onewindow.shared.InvalidInputException;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;

/** The public progress page in both languages: what it shows for a case, and what it says when it refuses. */
class ProgressLookupViewTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    private static final Instant ACCEPTED = Instant.parse("2026-11-28T02:00:00Z");
    private static final Instant DAY = Instant.parse("2026-11-29T02:00:00Z");
    private static final String CASE = "OW-20261128-00042";

    private final CaseProgressService progress = mock(CaseProgressService.class);
    private ProgressLookupView view;

    @BeforeEach
    void openView() {
        MockVaadin.setup();
        view = new ProgressLookupView(progress, Clock.fixed(DAY, HALL));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void closeView() {
        MockVaadin.tearDown();
    }

    @Test
    void caseWaitingForMaterialsShowsItsStepsDueDateAndWhatToBring() {
        when(progress.progress(any(), any(), any())).thenReturn(new CaseProgress(CASE,
                "Company establishment registration", "Market Regulation Bureau", CaseStatus.WAITING_FOR_MATERIALS,
                ACCEPTED, Instant.parse("2026-12-03T09:00:00Z"), null, null, null,
                new MissingMaterials(List.of("Proof of registered address"), "Certified copies, please.", DAY,
                        Instant.parse("2027-01-12T09:00:00Z")),
                List.of(new ProgressStep(StepKind.ACCEPTANCE, null, State.DONE, ACCEPTED),
                        new ProgressStep(StepKind.REVIEW, "Market Regulation Bureau", State.RETURNED_FOR_MATERIALS, DAY),
                        new ProgressStep(StepKind.MATERIALS, null, State.IN_PROGRESS, DAY),
                        new ProgressStep(StepKind.REVIEW, "Market Regulation Bureau", State.PENDING, null),
                        new ProgressStep(StepKind.JOINT_REVIEW, "Public Security Bureau", State.PENDING, null))));

        lookUp(CASE, "ABCD2345");

        assertThat(text(Span.class, "progress-status")).isEqualTo("待补正材料 Waiting for your missing materials");
        assertThat(text(Span.class, "progress-accepted")).isEqualTo("2026-11-28");
        assertThat(text(Span.class, "progress-due")).isEqualTo("2026-12-03");
        assertThat(steps()).containsExactly(
                "受理审核 Acceptance review — 已完成 done 2026-11-28",
                "牵头部门审查 Review by the lead department (Market Regulation Bureau) — 退回补正材料 returned for missing materials 2026-11-29",
                "补正材料 Your missing materials — 等待您补交 waiting for you since 2026-11-29",
                "牵头部门审查 Review by the lead department (Market Regulation Bureau) — 待办理 to come",
                "联合审查 Joint review (Public Security Bureau) — 待办理 to come");
        assertThat(_get(view, Div.class, spec -> spec.withId("progress-missing")).getElement().getTextRecursively())
                .contains("Proof of registered address", "Bring them by 2027-01-12", "Note: Certified copies, please.",
                        "The time limit stops");
        _assertNone(view, Div.class, spec -> spec.withId("progress-decision"));
        assertThat(view.message.isVisible()).isFalse();
    }

    @Test
    void closedCaseShowsTheResultWithTheReasons() {
        when(progress.progress(any(), any(), any())).thenReturn(new CaseProgress(CASE,
                "Social security card application", "Human Resources and Social Security Bureau", CaseStatus.CLOSED,
                ACCEPTED, DAY, DAY, Outcome.REJECTED, "The photo does not meet the rules.", null,
                List.of(new ProgressStep(StepKind.DELIVERY, null, State.DONE, DAY))));

        lookUp(CASE, "ABCD2345");

        assertThat(text(Paragraph.class, "progress-outcome"))
                .isEqualTo("不予办理 Not approved: The photo does not meet the rules.");
        assertThat(text(Span.class, "progress-status")).isEqualTo("已办结 Closed");
        _assertNone(view, Span.class, spec -> spec.withId("progress-due"));
        assertThat(steps()).containsExactly("结果送达 Result delivery — 已完成 done 2026-11-29");
    }

    @Test
    void wrongPairAndTooManyAttemptsAreExplainedInBothLanguages() {
        when(progress.progress(any(), any(), any())).thenThrow(new LookupRefusedException(Reason.WRONG_PAIR, null,
                "No case has this number with this lookup code. Check both on your acceptance receipt."));
        lookUp(CASE, "WRONG");
        assertThat(view.message.isVisible()).isTrue();
        assertThat(view.message.getText()).isEqualTo("办件编号与查询码不匹配，请核对受理回执。 "
                + "No case has this number with this lookup code. Check both on your acceptance receipt.");
        assertThat(view.result.getChildren()).isEmpty();

        doThrow(new LookupRefusedException(Reason.TOO_MANY_ATTEMPTS, Instant.parse("2026-11-29T02:15:00Z"),
                "Too many wrong case numbers or lookup codes ...")).when(progress).progress(any(), any(), any());
        lookUp(CASE, "WRONG");
        assertThat(view.message.getText()).isEqualTo("尝试次数过多，请于 10:15 后再试。 Too many wrong case numbers or "
                + "lookup codes were tried from your connection. Try again after 10:15.");
    }

    @Test
    void emptyFieldsAreMarkedOneByOne() {
        when(progress.progress(any(), any(), any())).thenThrow(new InvalidInputException(Map.of(
                "lookupCode", "Enter the lookup code from your acceptance receipt.")));
        lookUp(CASE, "");
        assertThat(view.lookupCode.isInvalid()).isTrue();
        assertThat(view.lookupCode.getErrorMessage())
                .isEqualTo("请输入受理回执上的查询码。 Enter the lookup code from your acceptance receipt.");
        assertThat(view.caseNumber.isInvalid()).isFalse();
    }

    @Test
    void caseNumberFromTheLinkIsFilledInButNothingIsLookedUp() {
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("progress", QueryParameters.of("case", CASE)));
        view.beforeEnter(event);
        assertThat(view.caseNumber.getValue()).isEqualTo(CASE);
        assertThat(view.lookupCode.getValue()).isEmpty();
        verifyNoInteractions(progress);
    }

    private void lookUp(String caseNumber, String code) {
        view.caseNumber.setValue(caseNumber);
        view.lookupCode.setValue(code);
        _click(view.lookUp);
    }

    private <T extends com.vaadin.flow.component.Component> String text(Class<T> type, String id) {
        return _get(view, type, spec -> spec.withId(id)).getElement().getTextRecursively();
    }

    private List<String> steps() {
        OrderedList list = _get(view, OrderedList.class, spec -> spec.withId("progress-steps"));
        return _find(list, ListItem.class).stream().map(item -> item.getElement().getTextRecursively()).toList();
    }
}
