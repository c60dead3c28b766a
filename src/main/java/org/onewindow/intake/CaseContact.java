package org.onewindow.intake;

import java.util.Locale;

/**
 * Where the messages of one case go: the mobile and e-mail given for that case (not whatever the citizen record
 * says now), in the language chosen for it. Unmasked: for sending, not for screens.
 *
 * @param mobile the mainland mobile, or {@code null}
 * @param email the e-mail address, or {@code null}
 */
public record CaseContact(String mobile, String email, Locale language) {

    /** Text messages go to the mobile; without one, e-mail; with neither, nobody is told. */
    public boolean reachable() {
        return mobile != null || email != null;
    }
}
