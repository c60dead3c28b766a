package org.onewindow.satisfaction;

import java.time.Instant;

/**
 * The call-back of a bad review: due since the citizen was told the outcome (or the appeal was upheld); the
 * rest is null until follow-up staff recorded the call.
 */
public record CitizenCallBack(Instant openedAt, Instant dueAt, Instant escalatedAt, Boolean reached,
        String citizenSaid, String calledBy, Instant calledAt) {

    /** Still to be made. */
    public boolean pending() {
        return calledAt == null;
    }
}
