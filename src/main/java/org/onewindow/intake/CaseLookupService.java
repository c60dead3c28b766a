package org.onewindow.intake;

/**
 * The citizen's way in to their case without an account: the case number and the lookup code printed on the
 * acceptance receipt. The code is checked against its stored hash in constant time; wrong pairs are counted per
 * client in the database, so that the limit holds across all nodes of the hall.
 */
public interface CaseLookupService {

    /**
     * The case, as its citizen may read it.
     *
     * @param client who is asking, for the attempt limit: the remote address of the request
     * @throws org.onewindow.shared.InvalidInputException when the case number or the code is left empty (not
     *     counted as a failure); its field errors are keyed by {@link CaseLookupField}
     * @throws LookupRefusedException for a wrong pair (counted), or when the client has had too many wrong
     *     pairs lately (then the code is not even checked)
     */
    LookedUpCase lookUp(CaseLookup lookup, String client);

    /**
     * Gives the case a new lookup code, which is returned once (only its hash is kept): the earlier code stops
     * opening the case at once. Publishes {@link LookupCodeReissued}. Who may ask is the caller's to decide (the
     * case file's front desk).
     *
     * @throws org.onewindow.shared.NotFoundException for an unknown case
     */
    String reissueLookupCode(String caseNumber, String issuedBy);
}
