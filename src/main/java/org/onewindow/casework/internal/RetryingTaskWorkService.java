package org.onewindow.casework.internal;

import java.util.List;
import java.util.function.Supplier;

import org.onewindow.casework.Consultation;
import org.onewindow.casework.Decision;
import org.onewindow.casework.Delivery;
import org.onewindow.casework.StepOpinion;
import org.onewindow.casework.TaskDetails;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.casework.Transfer;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.MaterialsRequest;
import org.onewindow.shared.CaseLogContext;
import org.onewindow.shared.i18n.Translations;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Service;

/**
 * What screens and the API use: the transactional service, tried again (each time in a new transaction) when
 * the engine reports a concurrent change of the same case, e.g. a deadline timer firing as someone completes
 * a step. A real conflict between two people shows on the next try as a clear business message.
 */
@Service
@Primary
class RetryingTaskWorkService implements TaskWorkService {

    private static final int ATTEMPTS = 3;

    private final TaskWorkService transactional;

    RetryingTaskWorkService(@Qualifier("transactionalTaskWorkService") TaskWorkService transactional) {
        this.transactional = transactional;
    }

    // The transactional service names the case in the logging context; the scope removes it after the commit.
    private static <T> T retrying(Supplier<T> action) {
        return CaseLogContext.scope(() -> retryingInScope(action));
    }

    private static <T> T retryingInScope(Supplier<T> action) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                return action.get();
            } catch (EngineConflictException e) {
                last = e;
            } catch (org.camunda.bpm.engine.OptimisticLockingException
                    | org.springframework.dao.OptimisticLockingFailureException e) {
                // The same, noticed only when the transaction committed.
                last = new EngineConflictException(Translations.current("casework.error.caseChanged"));
            }
        }
        throw last;
    }

    private static void retrying(Runnable action) {
        retrying(() -> {
            action.run();
            return null;
        });
    }

    @Override
    public TaskDetails details(String taskId) {
        return CaseLogContext.scope(() -> transactional.details(taskId));
    }

    @Override
    public void claim(String taskId) {
        retrying(() -> transactional.claim(taskId));
    }

    @Override
    public void unclaim(String taskId) {
        retrying(() -> transactional.unclaim(taskId));
    }

    @Override
    public void reassign(String taskId, String username) {
        retrying(() -> transactional.reassign(taskId, username));
    }

    @Override
    public List<StaffMember> reassignCandidates(String taskId) {
        return CaseLogContext.scope(() -> transactional.reassignCandidates(taskId));
    }

    @Override
    public void transfer(String taskId, Transfer transfer) {
        retrying(() -> transactional.transfer(taskId, transfer));
    }

    @Override
    public void requestConsultation(String taskId, Consultation consultation) {
        retrying(() -> transactional.requestConsultation(taskId, consultation));
    }

    @Override
    public void confirmAcceptance(String taskId, String remark) {
        retrying(() -> transactional.confirmAcceptance(taskId, remark));
    }

    @Override
    public void decideAtWindow(String taskId, org.onewindow.casework.Decision decision) {
        retrying(() -> transactional.decideAtWindow(taskId, decision));
    }

    @Override
    public void submitOpinion(String taskId, StepOpinion opinion) {
        retrying(() -> transactional.submitOpinion(taskId, opinion));
    }

    @Override
    public void decide(String taskId, Decision decision) {
        retrying(() -> transactional.decide(taskId, decision));
    }

    @Override
    public MaterialsNotice returnForMaterials(String taskId, MaterialsRequest request) {
        return retrying(() -> transactional.returnForMaterials(taskId, request));
    }

    @Override
    public void confirmMaterialsReceived(String taskId, List<String> received) {
        retrying(() -> transactional.confirmMaterialsReceived(taskId, received));
    }

    @Override
    public void confirmDelivery(String taskId, Delivery delivery) {
        retrying(() -> transactional.confirmDelivery(taskId, delivery));
    }
}
