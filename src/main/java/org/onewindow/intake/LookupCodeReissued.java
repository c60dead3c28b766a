package org.onewindow.intake;

import java.time.Instant;

/**
 * The window gave the citizen a new lookup code for a case: the earlier one no longer opens it. Published in the
 * transaction that replaced the code, so that the message to the citizen is written with it or not at all.
 *
 * @param issuedBy username of the front-desk clerk who gave it
 */
public record LookupCodeReissued(String caseNumber, String issuedBy, Instant at) {
}
