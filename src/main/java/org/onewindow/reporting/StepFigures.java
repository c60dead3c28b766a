package org.onewindow.reporting;

/**
 * One activity of {@code serviceRequest} as a bottleneck: its tasks created in the range, how long they
 * waited to be claimed and how long they were worked on (hours, completed tasks only), and how many ended late.
 */
public record StepFigures(String taskKey, String stepName, long tasks, long completed, Double meanWaitHours,
        Double medianWaitHours, Double meanWorkHours, Double medianWorkHours, Double lateShare) {
}
