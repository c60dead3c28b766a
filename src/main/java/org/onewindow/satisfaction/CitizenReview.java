package org.onewindow.satisfaction;

import java.time.Instant;

/**
 * One of a citizen's answers as handlers of the follow-up see it: the first answers or the supplementary
 * review (追评), which carries only a new overall rating and comment.
 *
 * @param recordedBy the follow-up staff member who took the answers on the phone, else null
 * @param exclusionReason why a manager excluded it from the statistics after an appeal, else null
 */
public record CitizenReview(Rating overall, Integer timeliness, Integer attitude, Integer transparency,
        Integer convenience, Integer outcome, Integer visits, String comment, AnswerChannel channel,
        String recordedBy, Instant answeredAt, boolean supplementary, String exclusionReason) {

    public boolean excluded() {
        return exclusionReason != null;
    }
}
