package org.onewindow.satisfaction;

/** How an answer reached the hall. */
public enum AnswerChannel {
    LINK, KIOSK, PHONE
}
