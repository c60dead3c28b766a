package org.onewindow.satisfaction;

import java.time.Instant;

/**
 * A new pairing of a window kiosk.
 *
 * @param kioskUrl the address to open on the tablet; it holds the key, so it is shown once, to its staff member
 * @param expiresAt the end of the hall's day, when the kiosk needs a new pairing
 */
public record KioskPairing(String kioskUrl, String staffDisplayName, Instant expiresAt) {
}
