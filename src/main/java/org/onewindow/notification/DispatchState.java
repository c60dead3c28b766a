package org.onewindow.notification;

import java.time.Instant;

/**
 * Whether the outbox is being sent, for every node of the cluster (one flag in the database).
 *
 * @param paused no node sends while true: messages wait in the outbox until an administrator releases them
 * @param changedAt when it was last paused or released ({@code null}: never)
 * @param changedBy who paused or released it: an administrator's account, or the start option of a node
 */
public record DispatchState(boolean paused, Instant changedAt, String changedBy) {
}
