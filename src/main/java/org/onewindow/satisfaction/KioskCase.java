package org.onewindow.satisfaction;

import java.time.Instant;

/**
 * A case the kiosk asks the citizen to rate. The kiosk shows only the service item and the closing time,
 * never personal data; the case number identifies the case to the service and is not shown.
 */
public record KioskCase(String caseNumber, String serviceItemName, Instant closedAt, String serviceItemNameEn) {

    /** An item named the same in both languages. */
    public KioskCase(String caseNumber, String serviceItemName, Instant closedAt) {
        this(caseNumber, serviceItemName, closedAt, serviceItemName);
    }

    /** The item's name in the citizen's language at the kiosk: Chinese, or English for an English screen. */
    public String serviceItemName(java.util.Locale language) {
        return "en".equals(language.getLanguage()) && serviceItemNameEn != null ? serviceItemNameEn : serviceItemName;
    }
}
