package org.onewindow.satisfaction.internal;

/** Where a survey token was handed out; every kind leads to the same single-use survey of its case. */
enum TokenKind {
    /** In the closing SMS. */
    LINK,
    /** As a QR code on a printed result notice; one per print. */
    NOTICE,
    /** In the SMS that tells the citizen what came of their bad review, for the supplementary review. */
    FEEDBACK
}
