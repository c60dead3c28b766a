package org.onewindow.satisfaction;

/** How an answer reached the hall. */
public enum AnswerChannel {
    LINK, KIOSK, PHONE,
    /** Given on the provincial evaluation platform and received through the exchange. */
    PROVINCE
}
