package org.onewindow.casework;

import java.time.Duration;
import java.time.Instant;

/** One step of a case as it happened: who did it, when, and how long it took ({@code ended} null while open). */
public record StepRecord(String stepName, String assignee, Instant started, Instant ended) {

    public Duration duration(Instant now) {
        return Duration.between(started, ended == null ? now : ended);
    }
}
