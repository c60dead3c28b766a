package org.onewindow.casework.ui;

import static org.onewindow.casework.ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW;
import static org.onewindow.casework.ServiceRequestProcess.TASK_CONSULTATION;
import static org.onewindow.casework.ServiceRequestProcess.TASK_DECISION_BY_LEAD_DEPARTMENT;
import static org.onewindow.casework.ServiceRequestProcess.TASK_JOINT_REVIEW;
import static org.onewindow.casework.ServiceRequestProcess.TASK_RECEIVE_MISSING_MATERIALS;
import static org.onewindow.casework.ServiceRequestProcess.TASK_RESULT_DELIVERY;
import static org.onewindow.casework.ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onewindow.casework.Opinion;
import org.onewindow.casework.StepKind;
import org.onewindow.shared.i18n.Translations;

import com.vaadin.flow.i18n.I18NProvider;

/**
 * Names of steps in the reader's language. The engine and the records keep the English names of the process
 * models; screens name a step by its task definition key ({@code casework.step.<key>}). Records that kept only
 * the name (one-time notices, case events) are recognised by it, since the English texts are the models' names.
 */
final class StepNames {

    /** Every user task a case page shows: the case process's, and those of the follow-up processes of a case. */
    static final List<String> TASK_KEYS = List.of(TASK_ACCEPTANCE_REVIEW, TASK_REVIEW_BY_LEAD_DEPARTMENT,
            TASK_RECEIVE_MISSING_MATERIALS, TASK_JOINT_REVIEW, TASK_DECISION_BY_LEAD_DEPARTMENT, TASK_RESULT_DELIVERY,
            TASK_CONSULTATION, "user_task_phone_follow_up", "user_task_verify_bad_review", "user_task_decide_appeal",
            "user_task_rectify", "user_task_call_back_citizen");

    /** Not a user task: what an opinion asking another department is recorded under. */
    static final String CONSULTATION_REQUESTED = "consultationRequested";

    private static final String PREFIX = "casework.step.";

    /**
     * English name → key, built once: the bundles do not change while the JVM runs. Always the English texts,
     * whatever the screen's language, since they are the names the models recorded; hence {@link Translations}
     * here rather than Vaadin's lookup, which would answer in the screen's language.
     */
    private static final Map<String, String> KEYS_BY_ENGLISH_NAME = java.util.stream.Stream
            .concat(TASK_KEYS.stream(), java.util.stream.Stream.of(CONSULTATION_REQUESTED))
            .collect(Collectors.toUnmodifiableMap(key -> Translations.text(Translations.ENGLISH, PREFIX + key),
                    Function.identity()));

    private StepNames() {
    }

    /** The step of this task definition key; {@code recordedName} when the key is none of ours. */
    static String of(String taskKey, String recordedName) {
        if (taskKey != null && TASK_KEYS.contains(taskKey)) {
            return I18NProvider.translate(PREFIX + taskKey);
        }
        return ofRecordedName(recordedName);
    }

    /** A step known only by the name recorded with it: translated when it is one of the models' names. */
    static String ofRecordedName(String recordedName) {
        String key = recordedName == null ? null : KEYS_BY_ENGLISH_NAME.get(recordedName);
        return key == null ? recordedName : I18NProvider.translate(PREFIX + key);
    }

    /** The same in a given reader's language: on a paper for a citizen, whose language may not be the screen's. */
    static String ofRecordedName(String recordedName, Locale reader) {
        String key = recordedName == null ? null : KEYS_BY_ENGLISH_NAME.get(recordedName);
        return key == null ? recordedName : I18NProvider.translate(reader, PREFIX + key);
    }

    /** An opinion's step; a consultation request is recorded under the key of the step that asked. */
    static String of(Opinion opinion) {
        if (opinion.kind() == StepKind.CONSULTATION && !TASK_CONSULTATION.equals(opinion.taskKey())) {
            return I18NProvider.translate(PREFIX + CONSULTATION_REQUESTED);
        }
        return of(opinion.taskKey(), opinion.stepName());
    }
}
