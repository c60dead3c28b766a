package org.onewindow.casework;

import java.time.Duration;
import java.time.Instant;

/**
 * One step of a case as it happened: who did it, when, and how long it took ({@code ended} null while open).
 *
 * @param taskKey the step's task definition key, by which screens name it
 * @param stepName its name in the process model (English)
 */
public record StepRecord(String taskKey, String stepName, String assignee, Instant started, Instant ended) {

    public Duration duration(Instant now) {
        return Duration.between(started, ended == null ? now : ended);
    }
}
