package org.onewindow.notification.internal;

import java.time.Clock;
import java.util.List;

import org.onewindow.notification.MessageStatus;
import org.onewindow.notification.NotificationService;
import org.onewindow.notification.OutboundMessage;
import org.onewindow.notification.OutboxMessage;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
class DefaultNotificationService implements NotificationService {

    private static final String ADMIN_ONLY = "hasRole('" + AppRoles.ADMIN + "')";

    private final OutboxStore store;
    private final OutboxDispatcher dispatcher;
    private final Clock clock;

    DefaultNotificationService(OutboxStore store, OutboxDispatcher dispatcher, Clock clock) {
        this.store = store;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(OutboundMessage message) {
        return store.insert(message, clock.instant());
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_ONLY)
    public List<OutboxMessage> messages(MessageStatus status, PageRequest page) {
        return store.page(status, page);
    }

    @Override
    @Transactional(readOnly = true)
    @PreAuthorize(ADMIN_ONLY)
    public long countMessages(MessageStatus status) {
        return store.count(status);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxMessage> messagesOfCase(String caseNumber) {
        return store.byCase(caseNumber);
    }

    @Override
    @Transactional
    @PreAuthorize(ADMIN_ONLY)
    public void retry(long messageId) {
        if (store.retry(messageId, clock.instant()) == 0) {
            throw new NotFoundException(Translations.current("notification.error.noFailedMessage", messageId));
        }
    }

    @Override
    public int dispatchDue() {
        return dispatcher.dispatchDue();
    }
}
