package org.onewindow.reporting;

import java.util.List;
import java.util.Locale;

/**
 * The demand report for managers: what citizens come for and who they are, when they arrive at the windows, who
 * comes back for the same thing, what the next weeks will bring, and how many windows each hour needs. Every figure
 * is an SQL aggregate in the hall's time zone; nothing loads the cases into memory.
 */
public interface DemandReportService {

    /**
     * Everything the page shows, its queries run side by side; district names in {@code locale}'s language (the
     * page's, captured where the page is built: the queries run on other threads). The forecast covers the
     * configured number of weeks.
     */
    DemandReport report(ReportFilter filter, Granularity granularity, Locale locale);

    /** Cases accepted per period and service item, items named in Chinese. */
    DemandTable demandByServiceItem(ReportFilter filter, Granularity granularity);

    /** Cases accepted per period and service item, items named in {@code locale}'s language. */
    DemandTable demandByServiceItem(ReportFilter filter, Granularity granularity, Locale locale);

    /** Cases accepted per period and value of one segment; districts named in {@code locale}'s language. */
    DemandTable demandBySegment(ReportFilter filter, Granularity granularity, DemandDimension segment, Locale locale);

    ArrivalHeatmap arrivals(ReportFilter filter);

    /** Per service item with cases in the range; the items with the most repeat cases first. */
    List<RepeatVisits> repeatVisits(ReportFilter filter);

    /** As {@link #repeatVisits(ReportFilter)}, items named in {@code locale}'s language. */
    List<RepeatVisits> repeatVisits(ReportFilter filter, Locale locale);

    /** The next {@code weeks} weeks per service item, from the history up to the last whole week of the range. */
    DemandForecast forecast(ReportFilter filter, int weeks);

    /** As {@link #forecast(ReportFilter, int)}, items named in {@code locale}'s language. */
    DemandForecast forecast(ReportFilter filter, int weeks, Locale locale);

    WindowStaffing staffing(ReportFilter filter);
}
