package org.onewindow.satisfaction;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One version of a channel's indicator set: the questions its questionnaire asks beside the overall rating. Each
 * answer keeps the version it answered, so reports compare like with like.
 *
 * @param note the administrators' note on what changed and why, or null
 * @param publishedAt when it was published, null for a draft
 * @param publishedBy who published it, null for a draft
 */
public record IndicatorSet(long id, EvaluationChannel channel, int version, IndicatorSetState state, String note,
        List<Indicator> indicators, Instant createdAt, String createdBy, Instant publishedAt, String publishedBy) {

    public IndicatorSet {
        indicators = List.copyOf(indicators);
    }

    /** The indicator with this code, if the set has one. */
    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(indicator -> indicator.code().equals(code)).findFirst();
    }

    /** Whether administrators may still change it. */
    public boolean draft() {
        return state == IndicatorSetState.DRAFT;
    }
}
