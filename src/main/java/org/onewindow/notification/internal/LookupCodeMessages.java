package org.onewindow.notification.internal;

import java.time.Clock;

import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.LookupCodeReissued;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.shared.i18n.LocaleFormats;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the citizen that their case got a new lookup code at the window, in the transaction that replaced it and
 * in the language given for the case. The code itself is not in the message: it was handed over at the counter,
 * and the outbox, which administrators read, must not hold a key to the case. If someone else asked for it, the
 * citizen learns so and can call the hall.
 */
@Component
class LookupCodeMessages {

    private final NotificationService notifications;
    private final CaseContactService intake;
    private final Clock clock;

    LookupCodeMessages(NotificationService notifications, CaseContactService intake, Clock clock) {
        this.notifications = notifications;
        this.intake = intake;
        this.clock = clock;
    }

    @EventListener
    void on(LookupCodeReissued event) {
        intake.caseContact(event.caseNumber())
                .flatMap(contact -> OutboundMessage.toCitizen(contact,
                        Translations.text(contact.language(), "notification.email.citizen.subject",
                                event.caseNumber()),
                        Translations.text(contact.language(), "notification.sms.lookupCodeReissued",
                                event.caseNumber(),
                                LocaleFormats.dateTime(event.at(), clock.getZone(), contact.language())),
                        event.caseNumber(), "LOOKUP_CODE_REISSUED"))
                .ifPresent(notifications::enqueue);
    }
}
