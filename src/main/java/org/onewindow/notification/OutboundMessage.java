package org.onewindow.notification;

/**
 * A message to send.
 *
 * @param purpose why it is sent (CASE_ACCEPTED, MATERIALS_MISSING, CASE_CLOSED, STEP_ESCALATED, ...)
 * @param caseNumber the case it is about, or {@code null}
 */
public record OutboundMessage(MessageChannel channel, String recipient, String subject, String body, String caseNumber,
        String purpose) {
}
