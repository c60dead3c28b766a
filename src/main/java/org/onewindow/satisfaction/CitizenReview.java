package org.onewindow.satisfaction;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One of a citizen's answers as handlers of the follow-up see it: the first answers or the supplementary
 * review (追评), which carries a new overall rating and comment beside the first answers' scores.
 *
 * @param scores the indicator scores in the order of the set answered, empty for a supplementary review
 * @param indicatorSetVersion the version of its channel's indicator set the answer kept
 * @param recordedBy the follow-up staff member who took the answers on the phone, else null
 * @param exclusionReason why a manager excluded it from the statistics after an appeal, else null
 */
public record CitizenReview(Rating overall, List<IndicatorScore> scores, Integer visits, String comment,
        AnswerChannel channel, String recordedBy, Instant answeredAt, boolean supplementary, String exclusionReason,
        EvaluationChannel evaluationChannel, Integer indicatorSetVersion) {

    public CitizenReview {
        scores = scores == null ? List.of() : List.copyOf(scores);
    }

    public boolean excluded() {
        return exclusionReason != null;
    }

    /** The scores as "服务效率 5 · 服务水平 4" in the reader's language; empty when there are none. */
    public String scoresText(Locale language) {
        return scores.stream().map(score -> score.text(language)).collect(Collectors.joining(" · "));
    }
}
