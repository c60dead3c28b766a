package org.onewindow.reporting;

import java.util.List;

/**
 * The headline figures of the process report.
 *
 * @param received cases accepted in the range
 * @param closed cases closed in the range
 * @param openBacklog cases open now (matching the filter's department, item and channel)
 * @param backlogAge the open backlog by age since acceptance
 * @param onTimeRate share of the closed cases closed by their due date; null without closed cases
 * @param oneVisitRate share of survey answers of cases closed in the range that needed at most one visit
 */
public record ProcessSummary(long received, long closed, long openBacklog, List<AgeBucket> backlogAge,
        Double onTimeRate, CycleTime cycleTime, Double oneVisitRate, long visitAnswers) {

    /**
     * Open cases accepted between {@code fromDays} and {@code toDays} calendar days ago ({@code toDays} null:
     * older); screens name the bucket from these in the reader's language.
     */
    public record AgeBucket(int fromDays, Integer toDays, long cases) {
    }
}
