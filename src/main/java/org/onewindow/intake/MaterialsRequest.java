package org.onewindow.intake;

import java.util.List;

/**
 * What a clerk asks the citizen to bring in a one-time notice (一次性告知): every missing material at once, from the
 * service item's checklist, and an optional note. Checked by the service that issues the notice; its fields are
 * named by {@link MaterialsRequestField}.
 */
public record MaterialsRequest(List<String> missing, String note) {

    /** The note to the citizen, trimmed. */
    public static final int MAX_NOTE = 2000;

    public MaterialsRequest {
        missing = missing == null ? List.of() : List.copyOf(missing);
    }
}
