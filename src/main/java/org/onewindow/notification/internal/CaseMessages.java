package org.onewindow.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.onewindow.casework.StepEscalated;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.CaseRegistered;
import org.onewindow.intake.CaseWithdrawn;
import org.onewindow.intake.Channel;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.MaterialsRequested;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PublicSite;
import org.onewindow.shared.i18n.LocaleFormats;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the messages that steps of a case cause, in the transaction of the step (plain listeners, not
 * after-commit ones): accepted, materials missing or withdrawn, to the citizen by SMS (by e-mail to an online
 * applicant who gave no mobile), to the contact and in the language given for the case; escalations to the department's heads by e-mail, each in the language of their screens.
 * The closing message is not here: the satisfaction follow-up sends it, with the survey link in the same SMS.
 */
@Component
class CaseMessages {

    private final NotificationService notifications;
    private final CaseContactService intake;
    private final DirectoryService directory;
    private final PublicSite site;
    private final Clock clock;

    CaseMessages(NotificationService notifications, CaseContactService intake, DirectoryService directory,
            PublicSite site, Clock clock) {
        this.notifications = notifications;
        this.intake = intake;
        this.directory = directory;
        this.site = site;
        this.clock = clock;
    }

    @EventListener
    void on(CaseRegistered event) {
        Locale language = intake.citizenLanguage(event.caseNumber());
        if (event.channel() == Channel.ONLINE) {
            // No receipt was printed: the citizen still has to show the materials at a window.
            sms(event.caseNumber(), "CASE_ACCEPTED", Translations.text(language,
                    "notification.sms.onlineRequestRegistered", event.caseNumber(), date(event.dueAt(), language)));
            return;
        }
        sms(event.caseNumber(), "CASE_ACCEPTED", Translations.text(language, "notification.sms.caseAccepted",
                event.caseNumber(), date(event.dueAt(), language), site.progressUrl(event.caseNumber())));
    }

    @EventListener
    void on(MaterialsRequested event) {
        Locale language = intake.citizenLanguage(event.caseNumber());
        sms(event.caseNumber(), "MATERIALS_MISSING", Translations.text(language, "notification.sms.materialsMissing",
                event.caseNumber(), event.serviceItemName(language),
                String.join(Translations.text(language, "notification.sms.separator"), event.missing(language)),
                date(event.bringBy(), language)));
    }

    @EventListener
    void on(CaseWithdrawn event) {
        Locale language = intake.citizenLanguage(event.caseNumber());
        sms(event.caseNumber(), "CASE_WITHDRAWN", Translations.text(language, "notification.sms.caseWithdrawn",
                event.caseNumber(), event.reason()));
    }

    @EventListener
    void on(StepEscalated event) {
        directory.membersOf(event.departmentCode()).stream()
                .filter(member -> member.hasRole(AppRoles.DEPT_HEAD) && member.email() != null)
                .forEach(head -> notifications.enqueue(new OutboundMessage(MessageChannel.EMAIL, head.email(),
                        Translations.text(head.language(), "notification.email.stepEscalated.subject",
                                stepName(event, head), event.caseNumber()),
                        escalationBody(event, head), event.caseNumber(), "STEP_ESCALATED")));
    }

    private String escalationBody(StepEscalated event, StaffMember head) {
        return event.assignee() == null
                ? Translations.text(head.language(), "notification.email.stepEscalated.unclaimed",
                        stepName(event, head),
                        event.caseNumber())
                : Translations.text(head.language(), "notification.email.stepEscalated.assigned", stepName(event, head),
                        event.caseNumber(), assigneeName(event.assignee(), head));
    }

    /** Who holds the step, named in the head's language; the user name when the account is gone. */
    private String assigneeName(String assignee, StaffMember head) {
        return directory.staff(assignee).map(member -> member.displayName(head.language())).orElse(assignee);
    }

    /** The step as casework names it in the head's language; the process's own name when the key is unknown. */
    private String stepName(StepEscalated event, StaffMember head) {
        if (event.taskKey() == null) {
            return event.stepName();
        }
        String name = Translations.text(head.language(), "casework.step." + event.taskKey());
        return name.startsWith("!") ? event.stepName() : name;
    }

    private String date(Instant instant, Locale language) {
        return LocaleFormats.date(instant, clock.getZone(), language);
    }

    /** By SMS to the mobile given for the case, else by e-mail; a case with neither gets nothing. */
    private void sms(String caseNumber, String purpose, String text) {
        intake.caseContact(caseNumber).flatMap(contact -> OutboundMessage.toCitizen(contact,
                Translations.text(contact.language(), "notification.email.citizen.subject", caseNumber), text,
                caseNumber, purpose)).ifPresent(notifications::enqueue);
    }
}
