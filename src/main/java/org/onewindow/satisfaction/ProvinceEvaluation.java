package org.onewindow.satisfaction;

import java.time.Instant;
import java.util.Map;

/**
 * An evaluation the citizen gave on the provincial evaluation platform for one of this hall's cases, as the
 * exchange received it (authenticated by the platform's signature).
 *
 * @param evaluationId the platform's id of the evaluation (the exchange stores each once)
 * @param overall the overall rating, 1 (very dissatisfied) to 5 (very satisfied)
 * @param scores score 1–5 by indicator code of the published PROVINCE indicator set
 * @param evaluatedAt when the citizen gave it on the platform
 */
public record ProvinceEvaluation(String evaluationId, String caseNumber, int overall, Map<String, Integer> scores,
        String comment, Instant evaluatedAt) {

    /** Longest comment kept (the column of {@code sat_response}). */
    public static final int MAX_COMMENT_LENGTH = 1000;
}
