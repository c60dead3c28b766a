package org.onewindow.notification;

/** Where a message of the outbox stands. FAILED is permanent: retries are used up or the message cannot be sent. */
public enum MessageStatus {
    PENDING, SENT, FAILED
}
