package org.onewindow.casework;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.casework.*}.
 *
 * @param materialsWaitWorkingDays how long a case waits for missing materials before it is withdrawn
 * @param stepShares share of the item's time limit each step gets (by task key), at least one working day
 *     and never beyond the case's due date; steps not listed get {@link #DEFAULT_STEP_SHARES}
 */
@ConfigurationProperties("onewindow.casework")
public record CaseworkProperties(@DefaultValue("30") int materialsWaitWorkingDays, Map<String, Double> stepShares) {

    public static final Map<String, Double> DEFAULT_STEP_SHARES = Map.of(
            ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW, 0.1,
            ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT, 0.4,
            ServiceRequestProcess.TASK_JOINT_REVIEW, 0.3,
            ServiceRequestProcess.TASK_DECISION_BY_LEAD_DEPARTMENT, 0.2,
            ServiceRequestProcess.TASK_RESULT_DELIVERY, 0.1);

    public CaseworkProperties {
        stepShares = stepShares == null ? Map.of() : Map.copyOf(stepShares);
    }

    public double shareOf(String taskKey) {
        return stepShares.getOrDefault(taskKey, DEFAULT_STEP_SHARES.getOrDefault(taskKey, 1.0));
    }
}
