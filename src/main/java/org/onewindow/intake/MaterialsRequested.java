package org.onewindow.intake;

import java.time.Instant;
import java.util.List;

/** A one-time notice of missing materials was issued; the citizen is to be told what to bring, by when. */
public record MaterialsRequested(String caseNumber, String serviceItemName, List<String> missing, Instant bringBy) {

    public MaterialsRequested {
        missing = List.copyOf(missing);
    }
}
