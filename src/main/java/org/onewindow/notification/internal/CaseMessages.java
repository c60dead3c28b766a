package org.onewindow.notification.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;

import org.onewindow.casework.StepEscalated;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseRegistered;
import org.onewindow.intake.CaseWithdrawn;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IntakeService;
import org.onewindow.intake.MaterialsRequested;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PublicSite;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the messages that steps of a case cause, in the transaction of the step (plain listeners, not
 * after-commit ones): accepted, materials missing or withdrawn, to the citizen by SMS; escalations to the
 * department's heads by e-mail. The closing message is not here: the satisfaction follow-up sends it, with
 * the survey link in the same SMS.
 */
@Component
class CaseMessages {

    private final NotificationService notifications;
    private final IntakeService intake;
    private final DirectoryService directory;
    private final PublicSite site;
    private final DateTimeFormatter date;

    CaseMessages(NotificationService notifications, IntakeService intake, DirectoryService directory, PublicSite site,
            Clock clock) {
        this.notifications = notifications;
        this.intake = intake;
        this.directory = directory;
        this.site = site;
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
    }

    @EventListener
    void on(CaseRegistered event) {
        if (event.channel() == Channel.ONLINE) {
            // No receipt was printed: the citizen still has to show the materials at a window.
            sms(event.caseNumber(), "CASE_ACCEPTED", "[County Service Hall] Your online request " + event.caseNumber()
                    + " was registered and will be decided by " + date.format(event.dueAt())
                    + ". Please bring the required materials to any window for the acceptance review.");
            return;
        }
        sms(event.caseNumber(), "CASE_ACCEPTED", "[County Service Hall] Your case " + event.caseNumber()
                + " was accepted and will be decided by " + date.format(event.dueAt())
                + ". Follow it online with the lookup code on your receipt: " + site.progressUrl(event.caseNumber()));
    }

    @EventListener
    void on(MaterialsRequested event) {
        sms(event.caseNumber(), "MATERIALS_MISSING", "[County Service Hall] Case " + event.caseNumber() + " ("
                + event.serviceItemName() + ") needs: " + String.join("; ", event.missing()) + ". Please bring them by "
                + date.format(event.bringBy()) + "; the time limit stops until then.");
    }

    @EventListener
    void on(CaseWithdrawn event) {
        sms(event.caseNumber(), "CASE_WITHDRAWN", "[County Service Hall] Case " + event.caseNumber()
                + " was withdrawn: " + event.reason() + " You may apply again at any window.");
    }

    @EventListener
    void on(StepEscalated event) {
        directory.membersOf(event.departmentCode()).stream()
                .filter(member -> member.hasRole(AppRoles.DEPT_HEAD) && member.email() != null)
                .forEach(head -> notifications.enqueue(new OutboundMessage(MessageChannel.EMAIL, head.email(),
                        "Overdue: " + event.stepName() + " of case " + event.caseNumber(),
                        "The step " + event.stepName() + " of case " + event.caseNumber() + " is overdue"
                                + (event.assignee() == null ? " and nobody has claimed it" : " with " + event.assignee())
                                + ". Open Escalations in OneWindow to reassign it.",
                        event.caseNumber(), "STEP_ESCALATED")));
    }

    private void sms(String caseNumber, String purpose, String text) {
        intake.citizenMobile(caseNumber).ifPresent(mobile -> notifications.enqueue(
                new OutboundMessage(MessageChannel.SMS, mobile, null, text, caseNumber, purpose)));
    }
}
