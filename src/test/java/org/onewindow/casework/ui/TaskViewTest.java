package org.onewindow.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.Consultation;
import org.onewindow.casework.ConsultationField;
import org.onewindow.casework.Decision;
import org.onewindow.casework.DecisionField;
import org.onewindow.casework.Delivery;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.OpinionField;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.TaskDetails;
import org.onewindow.casework.StepOpinion;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.casework.Transfer;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.MaterialsRequest;
import org.onewindow.intake.MaterialsRequestField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.RadioButtonsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;

/** The task screen in Chinese and in English: the step's name, its form, its buttons, dialogs and messages. */
class TaskViewTest {

    private final TaskWorkService work = mock(TaskWorkService.class);
    private final org.onewindow.casework.CaseFileService caseFiles = mock(org.onewindow.casework.CaseFileService.class);
    private final DirectoryService directory = CaseFixtures.directory();
    private TaskView view;

    @BeforeEach
    void setUp() {
        MockVaadin.setup(new Routes().autoDiscoverViews("org.onewindow.casework.ui"));
        ResultNoticeStub.register();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private void open(Locale language, InboxTask task, boolean mayComplete) {
        open(language, task, mayComplete, false);
    }

    private void open(Locale language, InboxTask task, boolean mayComplete, boolean decidedAtWindow) {
        when(work.details(task.taskId())).thenReturn(new TaskDetails(task, CaseFixtures.inReview(),
                CaseFixtures.opinions(), CaseFixtures.notices(), !task.isClaimed(), mayComplete, mayComplete, true,
                decidedAtWindow));
        UI.getCurrent().setLocale(language);
        view = new TaskView(work, directory, CaseFixtures.dates(), caseFiles);
        UI.getCurrent().add(view);
        view.setParameter(null, task.taskId());
        view.beforeEnter(mock(BeforeEnterEvent.class));
    }

    @Test
    void reviewStepInChinese() {
        open(Translations.CHINESE, CaseFixtures.review("amr.worker"), true);

        assertThat(view.getPageTitle()).isEqualTo("环节办理 | 一窗通办");
        assertThat(_get(view, H1.class, spec -> spec.withId("task-title")).getText())
                .isEqualTo("牵头部门审查 · OW-20261128-00042");
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("task-meta")).getText())
                .isEqualTo("队列：市场监督管理局 · 办理时限：2026年12月3日 · 已由amr.worker认领");
        assertThat(view.stepForm.opinion.getLabel()).isEqualTo("市场监督管理局意见");
        assertThat(button("task-complete")).isEqualTo("完成本环节");
        assertThat(button("task-return-materials")).isEqualTo("退回补正材料");
        assertThat(button("task-consult")).isEqualTo("征求其他部门意见");
        assertThat(button("task-transfer")).isEqualTo("转办其他部门");
        assertThat(button("task-unclaim")).isEqualTo("退回队列");
        assertThat(view.getElement().getTextRecursively()).contains("本环节办理", "办理意见", "审查中");
        assertThat(ScreenTexts.rawKeys(view)).isEmpty();

        // An empty opinion never leaves the form; the field says what is missing, no notification over the buttons.
        _click(view.complete);
        assertThat(view.stepForm.opinion.isInvalid()).isTrue();
        assertThat(view.stepForm.opinion.getErrorMessage()).isEqualTo("请填写部门意见。");
        NotificationsKt.expectNoNotifications();
        verify(work, never()).submitOpinion(anyString(), any());

        // What the service refuses goes on the field it names.
        doThrow(InvalidInputException.of(Map.of(OpinionField.OPINION, "内容过长（最多4000个字符）。"))).when(work)
                .submitOpinion(anyString(), any());
        view.stepForm.opinion.setValue("已审查。");
        _click(view.complete);
        verify(work).submitOpinion("t-review", new StepOpinion("已审查。"));
        assertThat(view.stepForm.opinion.getErrorMessage()).isEqualTo("内容过长（最多4000个字符）。");
        assertThat(view.stepForm.opinion.isInvalid()).isTrue();
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void dialogsOfAStepInChinese() {
        open(Translations.CHINESE, CaseFixtures.review("amr.worker"), true);

        _click(_get(view, Button.class, spec -> spec.withId("task-return-materials")));
        MaterialsNoticeDialog materials = _get(MaterialsNoticeDialog.class, spec -> spec.withId("materials-dialog"));
        assertThat(materials.getHeaderTitle()).isEqualTo("退回补正材料");
        assertThat(materials.missing.getLabel()).isEqualTo("缺少的材料（请逐项勾选）");
        assertThat(materials.missingNote.getLabel()).isEqualTo("其他需告知申请人的事项");
        assertThat(_get(materials, Button.class, spec -> spec.withId("materials-issue")).getText())
                .isEqualTo("出具一次性告知书");
        assertThat(ScreenTexts.rawKeys(UI.getCurrent())).isEmpty();

        // The intake's refusal goes on the field it names; what was ticked and typed stays.
        doThrow(InvalidInputException.of(Map.of(MaterialsRequestField.MISSING, "请至少勾选一项缺少的材料。")))
                .when(work).returnForMaterials(anyString(), any());
        materials.missingNote.setValue("请带原件。");
        _click(_get(materials, Button.class, spec -> spec.withId("materials-issue")));
        verify(work).returnForMaterials("t-review",
                new MaterialsRequest(List.copyOf(materials.missing.getSelectedItems()), "请带原件。"));
        assertThat(materials.missing.isInvalid()).isTrue();
        assertThat(materials.missing.getErrorMessage()).isEqualTo("请至少勾选一项缺少的材料。");
        assertThat(materials.missingNote.getValue()).isEqualTo("请带原件。");
        NotificationsKt.expectNoNotifications();
        materials.close();

        _click(_get(view, Button.class, spec -> spec.withId("task-transfer")));
        _click(_get(Button.class, spec -> spec.withId("transfer-confirm")));
        assertThat(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withId("transfer-department"))
                .getErrorMessage()).isEqualTo("请选择部门。");
        assertThat(ScreenTexts.of(UI.getCurrent())).contains("转办：牵头部门审查", "转至部门", "转办理由", "取消");
        assertThat(ScreenTexts.rawKeys(UI.getCurrent())).isEmpty();
    }

    @Test
    void consultationAndTransferShareOneDialogWhoseRefusalsGoOnTheirFields() {
        when(directory.departments())
                .thenReturn(List.of(new Department("AMR", "市场监督管理局", "Market Regulation Bureau", true),
                        new Department("PSB", "公安局", "Public Security Bureau", true)));
        open(Translations.ENGLISH, CaseFixtures.review("amr.worker"), true);

        _click(_get(view, Button.class, spec -> spec.withId("task-consult")));
        @SuppressWarnings("unchecked")
        DepartmentPickerDialog<Consultation> consult = _get(DepartmentPickerDialog.class,
                spec -> spec.withId("consult-dialog"));
        assertThat(consult.department.getListDataView().getItems().map(Department::code)).containsExactly("PSB");
        consult.department.setValue(new Department("PSB", "公安局", "Public Security Bureau", true));
        doThrow(InvalidInputException.of(Map.of(ConsultationField.QUESTION, "Write the question."))).when(work)
                .requestConsultation(anyString(), any());
        _click(_get(Button.class, spec -> spec.withId("consult-confirm")));
        verify(work).requestConsultation("t-review", new Consultation("PSB", "", 3));
        TextArea question = _get(TextArea.class, spec -> spec.withId("consult-question"));
        assertThat(question.isInvalid()).isTrue();
        assertThat(question.getErrorMessage()).isEqualTo("Write the question.");
        assertThat(consult.isOpened()).isTrue();
        NotificationsKt.expectNoNotifications();
        consult.close();

        _click(_get(view, Button.class, spec -> spec.withId("task-transfer")));
        @SuppressWarnings("unchecked")
        DepartmentPickerDialog<Transfer> transfer = _get(DepartmentPickerDialog.class,
                spec -> spec.withId("transfer-dialog"));
        transfer.department.setValue(new Department("PSB", "公安局", "Public Security Bureau", true));
        _get(TextArea.class, spec -> spec.withId("transfer-reason")).setValue("Seal engraving is theirs.");
        _click(_get(Button.class, spec -> spec.withId("transfer-confirm")));
        verify(work).transfer("t-review", new Transfer("PSB", "Seal engraving is theirs."));
        assertThat(transfer.isOpened()).isFalse();
        NotificationsKt.expectNotifications("Transferred to Public Security Bureau.");
    }

    @Test
    void anInstantItemIsDecidedAtTheWindowInItsAcceptanceReview() {
        InboxTask acceptance = CaseFixtures.step("t-acceptance", ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW,
                "Acceptance review", ServiceRequestProcess.GROUP_FRONT_DESK, "frontdesk");
        open(Translations.CHINESE, acceptance, true, true);
        assertThat(view.complete.getText()).isEqualTo("窗口决定并办结");
        assertThat(RadioButtonsKt.getItemLabels(view.stepForm.decision)).containsExactly("准予办理", "不予办理");

        _click(view.complete);
        assertThat(view.stepForm.decision.getErrorMessage()).isEqualTo("请选择准予办理或不予办理。");
        verify(work, never()).decideAtWindow(anyString(), any());
        verify(work, never()).confirmAcceptance(anyString(), any());

        view.stepForm.decision.setValue(true);
        _click(view.complete);
        verify(work).decideAtWindow("t-acceptance", new Decision(true, ""));
        verify(work, never()).confirmAcceptance(anyString(), any());
        // Closed at the window: next comes the result notice with the survey's QR code, as after a delivery.
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(ResultNoticeLink.path(CaseFixtures.CASE));
    }

    @Test
    void aRejectionWithoutReasonsIsRefusedOnTheReasonsField() {
        InboxTask decision = CaseFixtures.step("t-decision", ServiceRequestProcess.TASK_DECISION_BY_LEAD_DEPARTMENT,
                "Decision by lead department", "AMR", "amr.worker");
        open(Translations.ENGLISH, decision, true);

        _click(view.complete);
        assertThat(view.stepForm.decision.isInvalid()).isTrue();
        assertThat(view.stepForm.decision.getErrorMessage()).isEqualTo("Choose approve or reject.");
        verify(work, never()).decide(anyString(), any());

        doThrow(InvalidInputException.of(Map.of(DecisionField.REASON, "Give the reasons."))).when(work)
                .decide(anyString(), any());
        view.stepForm.decision.setValue(false);
        _click(view.complete);
        verify(work).decide("t-decision", new Decision(false, ""));
        assertThat(view.stepForm.reason.isInvalid()).isTrue();
        assertThat(view.stepForm.reason.getErrorMessage()).isEqualTo("Give the reasons.");
        NotificationsKt.expectNoNotifications();
    }

    @Test
    void decisionAndDeliveryInBothLanguages() {
        InboxTask decision = CaseFixtures.step("t-decision", ServiceRequestProcess.TASK_DECISION_BY_LEAD_DEPARTMENT,
                "Decision by lead department", "AMR", "amr.worker");
        open(Translations.ENGLISH, decision, true);
        assertThat(_get(view, H1.class, spec -> spec.withId("task-title")).getText())
                .isEqualTo("Decision by lead department · OW-20261128-00042");
        assertThat(RadioButtonsKt.getItemLabels(view.stepForm.decision)).containsExactly("Approve", "Reject");
        UI.getCurrent().removeAll();
        open(Translations.CHINESE, decision, true);
        assertThat(RadioButtonsKt.getItemLabels(view.stepForm.decision)).containsExactly("准予办理", "不予办理");
        assertThat(view.stepForm.reason.getHelperText()).isEqualTo("不予办理时必填，申请人将看到该理由。");

        InboxTask delivery = CaseFixtures.step("t-delivery", ServiceRequestProcess.TASK_RESULT_DELIVERY,
                "Result delivery", ServiceRequestProcess.GROUP_FRONT_DESK, "frontdesk");
        UI.getCurrent().removeAll();
        open(Translations.CHINESE, delivery, true);
        assertThat(_get(view, Paragraph.class, spec -> spec.withId("task-meta")).getText())
                .startsWith("队列：综合受理窗口 · ");
        assertThat(view.stepForm.deliveryMethod.getLabel()).isEqualTo("送达方式");
        assertThat(StepCompletionForm.DELIVERY_METHODS.stream()
                .map(view.stepForm.deliveryMethod.getItemLabelGenerator()::apply))
                .containsExactly("窗口当面领取", "邮寄送达", "电子送达");
        view.stepForm.deliveryMethod.setValue("window");
        // The hand-over is confirmed on the screen: unticked, the form says so in its own line, not a notification.
        _click(view.complete);
        assertThat(view.stepForm.message.isVisible()).isTrue();
        assertThat(view.stepForm.message.getText()).isEqualTo("请选择送达方式并确认已送达。");
        NotificationsKt.expectNoNotifications();
        verify(work, never()).confirmDelivery(anyString(), any());
        view.stepForm.delivered.setValue(true);
        _click(view.complete);
        // The remark records the method as the clerk read it.
        verify(work).confirmDelivery("t-delivery", new Delivery("窗口当面领取", ""));

        UI.getCurrent().removeAll();
        open(Translations.ENGLISH, delivery, true);
        assertThat(StepCompletionForm.DELIVERY_METHODS.stream()
                .map(view.stepForm.deliveryMethod.getItemLabelGenerator()::apply))
                .containsExactly("In person at the window", "By post", "Electronically");
        assertThat(ScreenTexts.rawKeys(view)).isEmpty();
    }

    @Test
    void aStepOfAnotherQueueIsExplained() {
        InboxTask joint = CaseFixtures.step("t-joint", ServiceRequestProcess.TASK_JOINT_REVIEW, "Joint review", "PSB",
                null);
        when(work.details(joint.taskId())).thenReturn(new TaskDetails(joint, CaseFixtures.inReview(), List.of(),
                List.of(), false, false, false, false, false));
        UI.getCurrent().setLocale(Translations.CHINESE);
        view = new TaskView(work, CaseFixtures.directory(), CaseFixtures.dates(), caseFiles);
        UI.getCurrent().add(view);
        view.setParameter(null, joint.taskId());
        view.beforeEnter(mock(BeforeEnterEvent.class));

        assertThat(_get(view, H1.class, spec -> spec.withId("task-title")).getText())
                .isEqualTo("联合审查 · OW-20261128-00042");
        assertThat(view.getElement().getTextRecursively()).contains("您可以查看该办件，但该环节属于其他队列。", "未认领",
                "暂无意见。");
    }

    private String button(String id) {
        return _get(view, Button.class, spec -> spec.withId(id)).getText();
    }
}
