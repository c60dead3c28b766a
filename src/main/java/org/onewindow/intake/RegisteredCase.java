package org.onewindow.intake;

/**
 * A case just registered, with the lookup code the citizen needs to follow it. The code is shown once,
 * on the receipt; only its hash is stored.
 */
public record RegisteredCase(CaseDetails details, String lookupCode) {

    public String caseNumber() {
        return details.caseNumber();
    }
}
