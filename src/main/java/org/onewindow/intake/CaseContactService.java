package org.onewindow.intake;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a case's messages go, as given when it was registered. Callers: the outbox's case messages and the
 * satisfaction survey's invitations; not for screens.
 */
public interface CaseContactService {

    /** Where the case's messages go, as given for the case; empty for an unknown case. */
    Optional<CaseContact> caseContact(String caseNumber);

    /** The mobile given for the case, unmasked, for messages and calls to the citizen; not for screens. */
    Optional<String> citizenMobile(String caseNumber);

    /** The language chosen for the case's messages (Simplified Chinese unless English was chosen). */
    Locale citizenLanguage(String caseNumber);
}
