package org.onewindow.satisfaction;

import java.time.Instant;

/**
 * A case the kiosk asks the citizen to rate. The kiosk shows only the service item and the closing time,
 * never personal data; the case number identifies the case to the service and is not shown.
 */
public record KioskCase(String caseNumber, String serviceItemName, Instant closedAt) {
}
