package org.onewindow.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.casework.CaseEvent;
import org.onewindow.casework.Opinion;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.StepKind;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.intake.Outcome;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * Every value a casework screen names through a key built at run time has a text in both languages: statuses,
 * outcomes, channels, the steps of every process whose tasks a case page shows, the delivery methods and the
 * decisions of the task screen.
 */
class CaseworkLabelsViewTest {

    /** The processes whose user tasks appear on a case page: the case's own, and those started for it later. */
    private static final List<String> PROCESSES = List.of("processes/service-request.bpmn",
            "processes/satisfaction-follow-up.bpmn", "processes/bad-review-rectification.bpmn");

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void everyEnumValueAScreenShowsHasATextInBothLanguages() {
        for (Locale language : Translations.LOCALES) {
            UI.getCurrent().setLocale(language);
            List<String> texts = new ArrayList<>();
            Arrays.stream(CaseStatus.values()).map(CaseLabels::status).forEach(texts::add);
            Arrays.stream(Outcome.values()).map(CaseLabels::outcome).forEach(texts::add);
            Arrays.stream(Outcome.values()).map(outcome -> CaseLabels.decision(outcome.name())).forEach(texts::add);
            Arrays.stream(Channel.values()).map(CaseLabels::channel).forEach(texts::add);
            StepCompletionForm.DELIVERY_METHODS.stream()
                    .map(method -> I18NProvider.translate("casework.delivery." + method))
                    .forEach(texts::add);
            Stream.of(StepCompletionForm.APPROVE, StepCompletionForm.REJECT)
                    .map(item -> I18NProvider.translate("casework.task." + item))
                    .forEach(texts::add);
            assertThat(texts).as("in " + language).noneMatch(text -> text.isBlank() || text.startsWith("!"));
        }
        UI.getCurrent().setLocale(Translations.CHINESE);
        assertThat(CaseLabels.status(CaseStatus.WAITING_FOR_MATERIALS)).isEqualTo("待补正材料");
        assertThat(CaseLabels.decision("REJECTED")).isEqualTo("不予办理");
        assertThat(CaseLabels.decision("something else")).isEqualTo("something else");
        UI.getCurrent().setLocale(Translations.ENGLISH);
        assertThat(CaseLabels.status(CaseStatus.WAITING_FOR_MATERIALS)).isEqualTo("Waiting for materials");
    }

    @Test
    void everyUserTaskOfTheCaseProcessIsNamedByItsKeyInBothLanguages() throws Exception {
        List<UserTask> tasks = new ArrayList<>();
        for (String process : PROCESSES) {
            try (InputStream model = getClass().getClassLoader().getResourceAsStream(process)) {
                tasks.addAll(Bpmn.readModelFromStream(model).getModelElementsByType(UserTask.class));
            }
        }
        assertThat(tasks).extracting(UserTask::getId).containsExactlyInAnyOrderElementsOf(StepNames.TASK_KEYS);
        assertThat(StepNames.TASK_KEYS).containsAll(serviceRequestTaskKeys());
        for (UserTask task : tasks) {
            UI.getCurrent().setLocale(Translations.ENGLISH);
            // The English text is the model's name, by which records that kept only the name are recognised.
            assertThat(StepNames.of(task.getId(), "ignored")).as(task.getId()).isEqualTo(task.getName());
            UI.getCurrent().setLocale(Translations.CHINESE);
            String chinese = StepNames.of(task.getId(), "ignored");
            assertThat(chinese).as(task.getId()).doesNotStartWith("!").isNotEqualTo(task.getName());
            assertThat(StepNames.ofRecordedName(task.getName())).isEqualTo(chinese);
        }
        UI.getCurrent().setLocale(Translations.CHINESE);
        assertThat(StepNames.of(ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT, null)).isEqualTo("牵头部门审查");
        assertThat(StepNames.ofRecordedName("A step of a process we do not know"))
                .isEqualTo("A step of a process we do not know");
        assertThat(StepNames.of("user_task_unknown", "Unknown step")).isEqualTo("Unknown step");
    }

    @Test
    void aConsultationRequestIsNamedAsSuchThoughRecordedUnderTheAskingStep() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        Opinion request = new Opinion("OW-1", ServiceRequestProcess.TASK_DECISION_BY_LEAD_DEPARTMENT,
                "Consultation requested", StepKind.CONSULTATION, "AMR", "Li Wei", null, "Asked X: y", null);
        Opinion answer = new Opinion("OW-1", ServiceRequestProcess.TASK_CONSULTATION, "Consultation",
                StepKind.CONSULTATION, "PSB", "Sun Hua", null, "No record.", null);
        assertThat(StepNames.of(request)).isEqualTo("发起征求意见");
        assertThat(StepNames.of(answer)).isEqualTo("征求意见");
        UI.getCurrent().setLocale(Translations.ENGLISH);
        assertThat(StepNames.of(request)).isEqualTo("Consultation requested");
    }

    @Test
    void recordedTextsAreShownInTheReadersLanguageWhateverLanguageWroteThem() {
        // As the deadline timers write them: English, outside any screen.
        CaseEvent escalated = event(CaseEvent.Kind.ESCALATED,
                "Overdue with amr.worker; escalated to the department head.");
        CaseEvent reassigned = event(CaseEvent.Kind.REASSIGNED, "Reassigned from amr.worker to amr.head.");
        UI.getCurrent().setLocale(Translations.CHINESE);
        assertThat(RecordedTexts.eventDetail(escalated)).isEqualTo("已超期（经办人：amr.worker），已提请部门负责人督办。");
        assertThat(RecordedTexts.eventDetail(reassigned)).isEqualTo("已由amr.worker改派给amr.head。");
        assertThat(RecordedTexts.eventDetail(event(CaseEvent.Kind.TRANSFERRED, "Transferred to Civil Affairs Bureau: "
                + "Dibao cases are theirs. See the rules: art. 3."))).isEqualTo("已转办至Civil Affairs Bureau：Dibao "
                        + "cases are theirs. See the rules: art. 3.");
        assertThat(RecordedTexts.opinionText("Delivered: By post. Signed for by her son."))
                .isEqualTo("已送达：By post。Signed for by her son.");
        // What people typed stays as typed.
        assertThat(RecordedTexts.opinionText("Articles in order.")).isEqualTo("Articles in order.");

        // Written in Chinese by a clerk whose screen was in Chinese, read in English.
        UI.getCurrent().setLocale(Translations.ENGLISH);
        assertThat(RecordedTexts.eventDetail(event(CaseEvent.Kind.REASSIGNED, "已改派给amr.head。")))
                .isEqualTo("Reassigned to amr.head.");
        assertThat(RecordedTexts.opinionText("身份及材料已核验，予以受理。")).isEqualTo("Identity and materials checked; accepted.");
        assertThat(RecordedTexts.eventDetail(escalated)).isEqualTo(escalated.detail());
    }

    @Test
    void everyRecordedPatternIsRecognisedInBothLanguages() {
        List<String> keys = new ArrayList<>(RecordedTexts.OPINION_KEYS);
        assertThat(RecordedTexts.EVENT_KEYS).containsOnlyKeys(CaseEvent.Kind.values());
        RecordedTexts.EVENT_KEYS.values().forEach(keys::addAll);
        Object[] arguments = { "a.b", "Some reason. With: punctuation" };
        for (String key : keys) {
            for (Locale written : Translations.LOCALES) {
                UI.getCurrent().setLocale(written);
                String recorded = I18NProvider.translate(key, arguments);
                for (Locale read : Translations.LOCALES) {
                    UI.getCurrent().setLocale(read);
                    String shown = key.startsWith("casework.event.")
                            ? RecordedTexts.eventDetail(event(kindOf(key), recorded))
                            : RecordedTexts.opinionText(recorded);
                    assertThat(shown).as(key + " written in " + written + ", read in " + read)
                            .isEqualTo(I18NProvider.translate(key, arguments));
                }
            }
        }
    }

    private static CaseEvent.Kind kindOf(String key) {
        return RecordedTexts.EVENT_KEYS.entrySet().stream().filter(entry -> entry.getValue().contains(key))
                .findFirst().orElseThrow().getKey();
    }

    private static CaseEvent event(CaseEvent.Kind kind, String detail) {
        return new CaseEvent("OW-1", kind, "Review by lead department", "AMR", null, detail, null);
    }

    private static List<String> serviceRequestTaskKeys() throws IllegalAccessException {
        List<String> keys = new ArrayList<>();
        for (Field field : ServiceRequestProcess.class.getFields()) {
            if (field.getName().startsWith("TASK_") && Modifier.isStatic(field.getModifiers())) {
                keys.add((String) field.get(null));
            }
        }
        return keys;
    }
}
