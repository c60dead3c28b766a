package org.onewindow.notification;

/** How a message travels. */
public enum MessageChannel {
    SMS, EMAIL
}
