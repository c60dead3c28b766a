package org.onewindow.casework.internal;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The steps created in the current transaction, with the assignee and due date the read models wrote for them.
 * Camunda fires "assignment" right after "create" for a step that is assigned as it is created (the acceptance
 * review goes to whoever registered the case at the window). The rows already say so; writing them again cost
 * two statements per registration in the load benchmark (issue 7, docs/benchmarks.md).
 */
final class StepsJustCreated {

    private record Written(String assignee, Date dueDate) {
    }

    private StepsJustCreated() {
    }

    /** Called when a step's rows are written at its creation; idempotent. */
    static void remember(DelegateTask task) {
        Map<String, Written> steps = ofThisTransaction();
        if (steps != null) {
            steps.put(task.getId(), new Written(task.getAssignee(), task.getDueDate()));
        }
    }

    /** Whether the step was created in this transaction and still has the assignee and due date written then. */
    static boolean unchangedSinceCreated(DelegateTask task) {
        Map<String, Written> steps = ofThisTransaction();
        Written written = steps == null ? null : steps.get(task.getId());
        return written != null && Objects.equals(written.assignee(), task.getAssignee())
                && Objects.equals(written.dueDate(), task.getDueDate());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Written> ofThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        Map<String, Written> steps = (Map<String, Written>) TransactionSynchronizationManager
                .getResource(StepsJustCreated.class);
        if (steps == null) {
            Map<String, Written> created = new HashMap<>();
            TransactionSynchronizationManager.bindResource(StepsJustCreated.class, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(StepsJustCreated.class);
                }
            });
            steps = created;
        }
        return steps;
    }
}
