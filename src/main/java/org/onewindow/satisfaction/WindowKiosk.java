package org.onewindow.satisfaction;

/**
 * What a window kiosk shows: whose window it is and, when one is waiting, the case to rate.
 *
 * @param pending the case to rate now; {@code null} for the waiting screen
 */
public record WindowKiosk(String staffDisplayName, KioskCase pending) {
}
