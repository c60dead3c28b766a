package org.onewindow.notification.internal;

import org.onewindow.notification.MessageChannel;
import org.onewindow.notification.OutboxMessage;

/** Hands a message to the outside world. Throws when it could not; the dispatcher retries. */
interface MessageSender {

    MessageChannel channel();

    void send(OutboxMessage message) throws Exception;
}
