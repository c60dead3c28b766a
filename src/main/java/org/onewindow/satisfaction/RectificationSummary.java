package org.onewindow.satisfaction;

import java.time.Instant;
import java.util.Locale;

import org.onewindow.shared.i18n.Translations;

/**
 * Where the handling of a case's bad review stands, without what anyone said or wrote about it: for the citizen
 * file, which staff beyond the handlers read.
 *
 * @param dueAt when the step waiting now is due; {@code null} while a manager decides an appeal
 * @param serviceItemNameEn the item's English name as kept with the rectification; {@code null} when it had none
 */
public record RectificationSummary(String caseNumber, String serviceItemName, String departmentCode,
        RectificationStage stage, Instant openedAt, Instant dueAt, boolean overdue, String serviceItemNameEn) {

    /** The item's name in the reader's language, the Chinese one when no English one was kept. */
    public String serviceItemName(Locale language) {
        boolean english = language != null && Translations.ENGLISH.equals(Translations.supported(language));
        return english && serviceItemNameEn != null && !serviceItemNameEn.isBlank() ? serviceItemNameEn
                : serviceItemName;
    }
}
