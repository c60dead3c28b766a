package org.onewindow.satisfaction;

import java.time.Instant;
import java.util.Map;

/**
 * An evaluation of a case was stored (the first answers, by whatever channel, or an evaluation from the provincial
 * platform), published in the transaction that stores it. The provincial exchange reports it.
 *
 * @param responseId the stored answer's id ({@code sat_response.id})
 * @param indicatorSetVersion the version of the channel's indicator set the scores answer; {@code null} when the answer
 *     kept no scores per indicator
 * @param scores score 1–5 by indicator code, in the set's order; empty when none were kept
 * @param staffEvaluated username of the staff member evaluated (who delivered the result); {@code null} if unknown
 */
public record EvaluationGiven(String caseNumber, long responseId, AnswerChannel channel, int overall,
        Integer indicatorSetVersion, Map<String, Integer> scores, String comment, String staffEvaluated,
        Instant answeredAt) {

    public EvaluationGiven {
        scores = scores == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(scores));
    }
}
