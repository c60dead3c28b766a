package org.onewindow.satisfaction;

import java.time.Instant;

/** The citizen's mobile number was shown to a staff member, to call them about the case's bad review. */
public record MobileReveal(String caseNumber, String revealedTo, Instant revealedAt) {
}
