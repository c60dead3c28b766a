package org.onewindow.intake;

import java.util.Optional;

/** The acceptance receipt's content, for printing it at the window and reprinting it later. */
public interface CaseReceiptService {

    /**
     * The case as its receipt printed it at acceptance: the due date, lead department and materials received then,
     * however the case has moved on since (a stopped clock, a transfer, materials brought later). Empty for an
     * unknown case.
     */
    Optional<CaseDetails> asAccepted(String caseNumber);
}
