package org.onewindow.open311.internal;

import java.time.Instant;

/**
 * What an online request carried besides the citizen and the description, which went into the case: for the
 * staff handling the case, never for public answers (a location may well be the citizen's home).
 */
public record OnlineRequest(String caseNumber, long apiKeyId, String clientName, String jurisdictionId,
        String addressString, String addressId, Double lat, Double lon, String email, String deviceId,
        String accountId, String mediaUrl, Instant submittedAt) {
}
