package org.onewindow.notification;

import java.util.Optional;

import org.onewindow.intake.CaseContact;

/**
 * A message to send.
 *
 * @param purpose why it is sent (CASE_ACCEPTED, MATERIALS_MISSING, CASE_CLOSED, STEP_ESCALATED, ...)
 * @param caseNumber the case it is about, or {@code null}
 */
public record OutboundMessage(MessageChannel channel, String recipient, String subject, String body, String caseNumber,
        String purpose) {

    /**
     * A message to the citizen of a case, to the contact given for that case: by SMS to its mobile, else by e-mail
     * (with the subject); empty when the case has neither, and then nobody is told.
     */
    public static Optional<OutboundMessage> toCitizen(CaseContact contact, String subject, String text,
            String caseNumber, String purpose) {
        if (contact.mobile() != null) {
            return Optional
                    .of(new OutboundMessage(MessageChannel.SMS, contact.mobile(), null, text, caseNumber, purpose));
        }
        if (contact.email() != null) {
            return Optional.of(new OutboundMessage(MessageChannel.EMAIL, contact.email(), subject, text, caseNumber,
                    purpose));
        }
        return Optional.empty();
    }
}
