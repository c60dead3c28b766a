package org.onewindow.satisfaction;

import java.time.Instant;

/** A citizen to call for the follow-up: the number in full, since calling is the follow-up staff's work. */
public record PhoneCall(String caseNumber, String serviceItemName, String citizenName, String mobile, Instant closedAt,
        int attempts) {
}
