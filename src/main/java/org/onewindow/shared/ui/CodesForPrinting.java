package org.onewindow.shared.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

/**
 * Lookup codes the clerk handed out in this visit, by case, kept in the clerk's session only so that the receipt
 * printed right after can carry them: the hall stores no code, only its hash. Two kinds, because the receipt prints
 * them differently: the code minted with the case goes on the original (intake's registration), a code reissued from
 * the case file (casework) only on a reprint. Neither module reaches into the other's screens.
 */
public final class CodesForPrinting {

    private static final String MINTED = CodesForPrinting.class.getName() + ".minted";
    private static final String REISSUED = CodesForPrinting.class.getName() + ".reissued";

    private CodesForPrinting() {
    }

    /** The code the registration minted, for the original receipt. */
    public static void rememberMinted(String caseNumber, String lookupCode) {
        codes(MINTED, true).put(caseNumber, lookupCode);
    }

    public static Optional<String> minted(String caseNumber) {
        return find(MINTED, caseNumber);
    }

    /** A code reissued from the case file, for a reprinted receipt. */
    public static void rememberReissued(String caseNumber, String lookupCode) {
        codes(REISSUED, true).put(caseNumber, lookupCode);
    }

    public static Optional<String> reissued(String caseNumber) {
        return find(REISSUED, caseNumber);
    }

    private static Optional<String> find(String kind, String caseNumber) {
        Map<String, String> codes = codes(kind, false);
        return codes == null ? Optional.empty() : Optional.ofNullable(codes.get(caseNumber));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> codes(String kind, boolean create) {
        VaadinSession session = VaadinSession.getCurrent();
        Map<String, String> codes = (Map<String, String>) session.getAttribute(kind);
        if (codes == null && create) {
            codes = new HashMap<>();
            session.setAttribute(kind, codes);
        }
        return codes;
    }
}
