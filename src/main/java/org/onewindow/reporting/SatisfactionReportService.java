package org.onewindow.reporting;

import java.util.List;

/**
 * The satisfaction report for managers: rates, rankings, the questionnaire's indicators per set version with their
 * reliability, trends, comments, bad reviews and the window-kiosk bias check. Statistics are computed from SQL aggregates (counts, sums, sums of
 * products), never from the answers loaded into memory.
 */
public interface SatisfactionReportService {

    /** What the report page shows at first, its queries run side by side. */
    SatisfactionReport report(ReportFilter filter, Granularity granularity);

    SatisfactionSummary summary(ReportFilter filter);

    Ranking ranking(ReportFilter filter, Ranking.Group group);

    /** The indicators per indicator set version answered in the filter's range: never pooled across versions. */
    IndicatorReport indicators(ReportFilter filter);

    List<SatisfactionTrendPoint> trend(ReportFilter filter, Granularity granularity);

    /** Comments newest first; only bad reviews' when asked. */
    List<Comment> comments(ReportFilter filter, boolean badOnly, int offset, int limit);

    BadReviewFigures badReviews(ReportFilter filter);

    ChannelBias channelBias(ReportFilter filter);

    /** Result notices reprinted in the range per staff member, and answers that came soon after a reprint. */
    NoticeReprints noticeReprints(ReportFilter filter);
}
