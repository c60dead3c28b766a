package org.onewindow.shared.ui;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.server.VaadinSession;

/**
 * Lookup codes the clerk reissued in this visit, by case, kept in the clerk's session only so that a receipt reprinted
 * right after can carry the new code: the hall stores no code, only its hash. The case file writes them (casework),
 * the receipt reads them (intake); neither module reaches into the other's screens.
 */
public final class CodesForPrinting {

    private static final String ATTRIBUTE = CodesForPrinting.class.getName();

    private CodesForPrinting() {
    }

    public static void remember(String caseNumber, String lookupCode) {
        codes(true).put(caseNumber, lookupCode);
    }

    public static Optional<String> reissued(String caseNumber) {
        Map<String, String> codes = codes(false);
        return codes == null ? Optional.empty() : Optional.ofNullable(codes.get(caseNumber));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> codes(boolean create) {
        VaadinSession session = VaadinSession.getCurrent();
        Map<String, String> codes = (Map<String, String>) session.getAttribute(ATTRIBUTE);
        if (codes == null && create) {
            codes = new HashMap<>();
            session.setAttribute(ATTRIBUTE, codes);
        }
        return codes;
    }
}
