package org.onewindow.satisfaction.process;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.onewindow.intake.CaseClosed;
import org.onewindow.satisfaction.SatisfactionFollowUpProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the follow-up of every closed case. Starting only writes the instance (its first step is
 * asynchronous), so the closing commits with it; whatever fails later becomes an incident, not a rollback.
 */
@Component
class FollowUpStarter {

    private final RuntimeService runtimeService;

    FollowUpStarter(RuntimeService runtimeService) {
        this.runtimeService = runtimeService;
    }

    @EventListener
    void on(CaseClosed event) {
        runtimeService.startProcessInstanceByKey(SatisfactionFollowUpProcess.KEY, event.caseNumber(),
                Map.of("caseNumber", event.caseNumber()));
    }
}
