package org.onewindow.casework;

import org.onewindow.intake.CaseLookup;
import org.onewindow.intake.LookupRefusedException;

/**
 * The citizen's progress lookup: the case number and the lookup code from the acceptance receipt open the
 * case's {@link CaseProgress}. No sign-in; the pair is checked, and wrong pairs limited per client, by
 * {@link org.onewindow.intake.CaseLookupService}.
 */
public interface CaseProgressService {

    /**
     * @param lookup what the citizen typed, checked by {@link org.onewindow.intake.CaseLookupService#lookUp}
     * @param client who is asking, for the attempt limit: the remote address of the request
     * @throws org.onewindow.shared.InvalidInputException when the case number or the code is left empty
     * @throws LookupRefusedException for a wrong pair (the same whether or not the case exists), or after too
     *     many wrong pairs from this client
     */
    CaseProgress progress(CaseLookup lookup, String client);
}
