package org.onewindow.intake;

import java.time.Instant;
import java.util.List;

/**
 * What the open one-time notice asks the citizen to bring, as the citizen may read it: the materials, the note
 * written for them, and the date by which the case is withdrawn without them.
 */
public record MissingMaterials(List<String> missing, String note, Instant issuedAt, Instant bringBy) {

    public MissingMaterials {
        missing = List.copyOf(missing);
    }
}
