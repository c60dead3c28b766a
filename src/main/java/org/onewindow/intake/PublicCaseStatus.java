package org.onewindow.intake;

import java.time.Instant;

/**
 * Where one case stands, as the public may see it: the service item, the lead department, the status and its
 * times. Nothing about the citizen, no notes, no reasons written by staff.
 *
 * @param closedAt when the case was closed or withdrawn; {@code null} while open
 * @param outcome the lead department's decision, once made
 * @param serviceItemName the item's Chinese name; {@code serviceItemNameEn} its English one (may be {@code null} for
 *     a case registered before items had one)
 */
public record PublicCaseStatus(String caseNumber, String serviceItemCode, String serviceItemName,
        String leadDepartmentCode, Channel channel, CaseStatus status, Outcome outcome, Instant acceptedAt,
        Instant dueAt, Instant closedAt, String serviceItemNameEn) {

    /** The item's name in the reader's language. */
    public String serviceItemName(java.util.Locale locale) {
        boolean english = org.onewindow.shared.i18n.Translations.ENGLISH
                .equals(org.onewindow.shared.i18n.Translations.supported(locale));
        return english && serviceItemNameEn != null && !serviceItemNameEn.isBlank() ? serviceItemNameEn
                : serviceItemName;
    }
}
