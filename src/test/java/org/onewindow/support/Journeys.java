package org.onewindow.support;

import java.util.List;

import org.onewindow.casework.Decision;
import org.onewindow.casework.Delivery;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.casework.StepOpinion;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.shared.PageRequest;
import org.springframework.stereotype.Component;

/** Takes cases through their steps as the demo staff would, through the services, for tests that need one. */
@Component
public class Journeys {

    private final Staff staff;
    private final CaseRegistrationService intake;
    private final TaskInboxService inbox;
    private final TaskWorkService work;

    public Journeys(Staff staff, CaseRegistrationService intake, TaskInboxService inbox, TaskWorkService work) {
        this.staff = staff;
        this.intake = intake;
        this.inbox = inbox;
        this.work = work;
    }

    /** A social security card (HRSS-001, no joint review) approved and delivered; returns its case number. */
    public String closedSocialSecurityCard(String idNumber, String name, String mobile) {
        return closedSocialSecurityCard(idNumber, name, mobile, "frontdesk2");
    }

    /** The same, with the result delivered by the given front-desk account, at their window. */
    public String closedSocialSecurityCard(String idNumber, String name, String mobile, String deliveredBy) {
        return closedSocialSecurityCard(idNumber, name, mobile, deliveredBy, null);
    }

    /** The same for a citizen who chose the language of their messages ({@code null}: as before, Chinese if new). */
    public String closedSocialSecurityCard(String idNumber, String name, String mobile, String deliveredBy,
            java.util.Locale language) {
        String caseNumber = staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                idNumber, name, mobile, "HRSS-001", List.of("Resident ID card"), null, Channel.WINDOW, language)))
                .caseNumber();
        return carryToClosed(caseNumber, deliveredBy);
    }

    /** A new applicant's case for the item, registered at the window by the front desk with these materials. */
    public CaseDetails registeredAtWindow(String itemCode, List<String> received) {
        return staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID, Fresh.residentId(),
                "Tang Jun", "13900001111", itemCode, received, null, Channel.WINDOW, null))).details();
    }

    /** A new applicant's social security card (HRSS-001), accepted at the window: its review waits in HRSS's queue. */
    public String socialSecurityCardAwaitingReview() {
        return registeredAtWindow("HRSS-001", List.of("Resident ID card")).caseNumber();
    }

    /**
     * Carries a social security card case at its lead review (registered at the window, which accepted it) through
     * approval to delivery; a case started before that, still waiting for its acceptance review, is accepted first.
     */
    public String carryToClosed(String caseNumber, String deliveredBy) {
        InboxFilter filter = new InboxFilter(caseNumber, null, false);
        PageRequest page = new PageRequest(0, 5);
        confirmWaitingAcceptance(caseNumber);
        staff.run("hrss.worker", () -> {
            String review = inbox.departmentQueue(filter, page).get(0).taskId();
            work.claim(review);
            work.submitOpinion(review, new StepOpinion("Fine."));
            String decision = inbox.departmentQueue(filter, page).get(0).taskId();
            work.claim(decision);
            work.decide(decision, new Decision(true, null));
        });
        staff.run(deliveredBy, () -> {
            String delivery = inbox.departmentQueue(filter, page).get(0).taskId();
            work.claim(delivery);
            work.confirmDelivery(delivery, new Delivery("In person at the window", null));
        });
        return caseNumber;
    }

    /** The front desk confirms an acceptance review the case still waits for, as cases of earlier releases do. */
    private void confirmWaitingAcceptance(String caseNumber) {
        InboxFilter filter = new InboxFilter(caseNumber, null, false);
        staff.run("frontdesk", () -> inbox.myTasks(filter, new PageRequest(0, 5)).stream()
                .filter(task -> task.taskKey().equals(ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW)).findFirst()
                .ifPresent(task -> work.confirmAcceptance(task.taskId(), null)));
    }
}
