package org.onewindow.reporting;

import java.util.List;

/** Everything the satisfaction report page shows at first for one filter (other rankings load on demand). */
public record SatisfactionReport(SatisfactionSummary summary, Ranking departmentRanking, IndicatorReport indicators,
        List<SatisfactionTrendPoint> trend, List<Comment> latestComments, BadReviewFigures badReviews,
        NoticeReprints noticeReprints) {
}
