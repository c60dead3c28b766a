package org.onewindow.casework.process;

import java.time.Clock;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.onewindow.casework.CaseworkProperties;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.CaseLifecycleService;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * Keeps the case record's status in step with the process. Called from execution listeners in the BPMN,
 * so the status changes in the same transaction as the engine step.
 */
@Component("caseStatusListener")
public class CaseStatusListener {

    private final CaseLifecycleService intake;
    private final CaseContactService contacts;
    private final Clock clock;
    private final CaseworkProperties properties;

    CaseStatusListener(CaseLifecycleService intake, CaseContactService contacts, Clock clock,
            CaseworkProperties properties) {
        this.intake = intake;
        this.contacts = contacts;
        this.clock = clock;
        this.properties = properties;
    }

    public void changeTo(DelegateExecution execution, String status) {
        intake.changeStatus(execution.getProcessBusinessKey(), CaseStatus.valueOf(status));
    }

    /** The reason is the citizen's to read (progress page, SMS), so it is written in the citizen's language. */
    public void withdrawn(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        intake.withdraw(caseNumber, Translations.text(contacts.citizenLanguage(caseNumber), "casework.withdrawn.reason",
                String.valueOf(properties.materialsWaitWorkingDays())), clock.instant());
    }

    public void closed(DelegateExecution execution) {
        intake.close(execution.getProcessBusinessKey(), clock.instant(),
                (String) execution.getVariable(ServiceRequestProcess.VAR_DELIVERED_BY));
    }
}
