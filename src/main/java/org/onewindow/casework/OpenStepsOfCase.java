package org.onewindow.casework;

import java.time.Instant;
import java.util.List;

/**
 * Where an open case is in its process, as the public may see it.
 *
 * @param openSteps names of the steps open now (several during a joint review), without repeats
 * @param since when the latest of those steps began: the case's last move
 */
public record OpenStepsOfCase(String caseNumber, List<String> openSteps, Instant since) {

    public OpenStepsOfCase {
        openSteps = List.copyOf(openSteps);
    }
}
