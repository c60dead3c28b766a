package org.onewindow.reporting;

import java.util.List;

/**
 * Reprinted result notices per staff member, beside the survey answers that came within a few minutes of one of
 * their reprints: a reprint makes a new survey code, and an answer right after it, still at the window, may have
 * been coached or given by staff. A signal to look into, not a proof.
 *
 * @param minutes how soon after a reprint an answer counts here ({@code onewindow.reporting.reprint-answer-minutes})
 * @param rows the staff members who reprinted a notice in the range, most answers soon after first
 */
public record NoticeReprints(int minutes, List<Row> rows) {

    public NoticeReprints {
        rows = List.copyOf(rows);
    }

    /**
     * @param answersSoonAfter cases whose survey was answered (or given a supplementary review) within
     *     {@code minutes} after this staff member reprinted its notice
     */
    public record Row(String username, String name, long reprints, long answersSoonAfter) {
    }
}
