package org.onewindow.notification.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.notification.CitizenMessage;
import org.onewindow.notification.DispatchState;
import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.MessageStatus;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.IdNumbers;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

@Service
class DefaultNotificationService implements NotificationService {

    /**
     * A path segment of 20 or more URL-safe characters in a link: a single-use token (the survey links carry 22),
     * never a case number or a page name.
     */
    private static final Pattern SECRET_IN_LINK = Pattern.compile("(https?://\\S*?/)[A-Za-z0-9_-]{20,}");

    /** Purposes of the e-mails written to a citizen (who gave no mobile) rather than to staff. */
    private static final List<String> CITIZEN_EMAILS = List.of("CASE_ACCEPTED", "MATERIALS_MISSING", "CASE_WITHDRAWN",
            "CASE_CLOSED", "RECTIFICATION_FEEDBACK");

    private static final Logger log = LoggerFactory.getLogger(DefaultNotificationService.class);

    private final OutboxStore store;
    private final OutboxDispatcher dispatcher;
    private final DispatchSwitch dispatchSwitch;
    private final CurrentStaff currentStaff;
    private final Clock clock;
    private final AdministrativeChanges auditLog;

    DefaultNotificationService(OutboxStore store, OutboxDispatcher dispatcher, DispatchSwitch dispatchSwitch,
            CurrentStaff currentStaff, Clock clock, AdministrativeChanges auditLog) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.dispatchSwitch = dispatchSwitch;
        this.currentStaff = currentStaff;
        this.clock = clock;
        this.auditLog = auditLog;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutboundMessage message) {
        return store.insert(message, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public List<OutboxMessage> messages(MessageStatus status, PageRequest page) {
        return store.page(status, page).stream().map(DefaultNotificationService::forAdministrators).toList();
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public long countMessages(MessageStatus status) {
        return store.count(status);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxMessage> messagesOfCase(String caseNumber) {
        return store.byCase(caseNumber);
    }

    @Override
    @Transactional(readOnly = true)
    public List<CitizenMessage> messagesToCitizens(Collection<String> caseNumbers, int limit) {
        if (caseNumbers.isEmpty()) {
            return List.of();
        }
        return store.toCitizens(caseNumbers, CITIZEN_EMAILS, Math.max(1, Math.min(limit, 1000))).stream()
                .map(DefaultNotificationService::forScreens).toList();
    }

    /** Masks the number and the text's numbers, and cuts the tokens out of links (see {@link CitizenMessage}). */
    static CitizenMessage forScreens(OutboxMessage message) {
        return new CitizenMessage(message.id(), message.caseNumber(), message.channel(),
                message.channel() == MessageChannel.EMAIL ? maskEmail(message.recipient())
                        : IdNumbers.maskPhone(message.recipient()),
                readable(message.body()), message.purpose(), message.status(), message.createdAt(),
                message.sentAt());
    }

    /**
     * The outbox as administrators read it: the subject and the text masked like the citizen file's messages, since
     * finding why a message failed needs its wording, not the citizen's numbers or their survey link. The recipient
     * stays whole here: the screen masks a mobile, and a staff member's mailbox is needed to fix a bounce.
     */
    static OutboxMessage forAdministrators(OutboxMessage message) {
        return new OutboxMessage(message.id(), message.channel(), message.recipient(), readable(message.subject()),
                readable(message.body()), message.caseNumber(), message.purpose(), message.status(), message.attempts(),
                message.nextAttemptAt(), message.lastError(), message.createdAt(), message.sentAt());
    }

    /** A message's text for staff screens: survey tokens cut out of links, ID numbers and mobiles masked. */
    private static String readable(String text) {
        return text == null ? null : IdNumbers.maskWithin(SECRET_IN_LINK.matcher(text).replaceAll("$1…"));
    }

    /** The first character of the mailbox and the domain: {@code z***@example.cn}. */
    static String maskEmail(String address) {
        int at = address.indexOf('@');
        return at <= 0 ? IdNumbers.mask(address) : address.charAt(0) + "***" + address.substring(at);
    }

    @Override
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void retry(long messageId) {
        if (store.retry(messageId, clock.instant()) == 0) {
            throw new NotFoundException(Translations.current("notification.error.noFailedMessage", messageId));
        }
    }

    @Override
    @Transactional(readOnly = true)
    @RolesAllowed(AppRoles.ADMIN)
    public DispatchState dispatchState() {
        return dispatchSwitch.state();
    }

    @Override
    @Transactional
    @RolesAllowed(AppRoles.ADMIN)
    public void releaseDispatch() {
        String administrator = currentStaff.require().username();
        if (dispatchSwitch.release(administrator, clock.instant())) {
            auditLog.record(new AdministrativeChange(AdminArea.OUTBOX, "dispatch", AdminAction.RELEASED,
                    "sending: paused", "sending: on"));
            log.warn("Sending of SMS and e-mail released on every node by {}; {} messages pending", administrator,
                    store.count(MessageStatus.PENDING));
        }
    }

    @Override
    public int dispatchDue() {
        return dispatcher.dispatchDue();
    }
}
