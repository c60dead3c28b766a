package org.onewindow.notification;

import java.util.Collection;
import java.util.List;

import org.onewindow.shared.PageRequest;

/** The outbox of SMS and e-mail. */
public interface NotificationService {

    /**
     * Writes a message to the outbox in the caller's transaction: it is sent only if that transaction commits,
     * and it is not lost if sending fails later.
     */
    long enqueue(OutboundMessage message);

    /** Administrators: messages, newest first, optionally of one status. */
    List<OutboxMessage> messages(MessageStatus status, PageRequest page);

    long countMessages(MessageStatus status);

    List<OutboxMessage> messagesOfCase(String caseNumber);

    /**
     * The messages sent (or waiting to be sent) to the citizens of these cases, newest first, at most {@code limit}:
     * SMS, and the e-mails of cases whose citizen gave no mobile (staff are written to by e-mail too, about other
     * things). Masked for screens; no permission check, the caller decides who may read them.
     */
    List<CitizenMessage> messagesToCitizens(Collection<String> caseNumbers, int limit);

    /** Administrators: a failed message is tried again from now. */
    void retry(long messageId);

    /** Administrators: whether sending is paused for the whole cluster, since when and by whom. */
    DispatchState dispatchState();

    /**
     * Administrators: sending starts again on every node (after a pause at start, once the pending messages were
     * reviewed). Logged with the administrator's account.
     */
    void releaseDispatch();

    /** Sends what is due now (nothing while paused); returns how many messages were sent. Called by the scheduler (and by tests). */
    int dispatchDue();
}
