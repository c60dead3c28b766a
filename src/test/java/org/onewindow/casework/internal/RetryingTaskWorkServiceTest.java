package org.onewindow.casework.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import org.junit.jupiter.api.Test;
import org.onewindow.casework.Decision;
import org.onewindow.casework.StepOpinion;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.shared.BusinessRuleException;

class RetryingTaskWorkServiceTest {

    private final TaskWorkService transactional = mock(TaskWorkService.class);
    private final RetryingTaskWorkService service = new RetryingTaskWorkService(transactional);
    private final Decision approve = new Decision(true, null);

    @Test
    void aTimerFiringAtTheSameMomentCostsOneMoreTryNotAnError() {
        doThrow(new EngineConflictException("changed")).doNothing().when(transactional).decide("t1", approve);
        service.decide("t1", approve);
        verify(transactional, times(2)).decide("t1", approve);
    }

    @Test
    void aConflictNoticedAtCommitIsRetriedToo() {
        doThrow(new org.camunda.bpm.engine.OptimisticLockingException("stale")).doNothing().when(transactional)
                .submitOpinion("t1", new StepOpinion("ok"));
        service.submitOpinion("t1", new StepOpinion("ok"));
        verify(transactional, times(2)).submitOpinion("t1", new StepOpinion("ok"));
    }

    @Test
    void givesUpAfterThreeTriesWithTheMessageForPeople() {
        doThrow(new EngineConflictException("The case changed while you were working on it; open it again."))
                .when(transactional).claim("t1");
        assertThatThrownBy(() -> service.claim("t1")).isInstanceOf(BusinessRuleException.class)
                .hasMessageContaining("open it again");
        verify(transactional, times(3)).claim("t1");
    }

    @Test
    void businessRefusalsAreNotRetried() {
        doThrow(new BusinessRuleException("This step was already claimed by amr.worker.")).when(transactional)
                .claim("t1");
        assertThatThrownBy(() -> service.claim("t1")).hasMessageContaining("already claimed");
        verify(transactional, times(1)).claim("t1");
        doNothing().when(transactional).unclaim("t1");
    }
}
