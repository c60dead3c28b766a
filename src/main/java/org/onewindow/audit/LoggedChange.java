package org.onewindow.audit;

import java.time.Instant;

/** An entry of the administrative audit log: who changed what, when, from what to what. */
public record LoggedChange(long id, Instant changedAt, String actor, AdminArea area, String subject,
        AdminAction action, String before, String after) {
}
