package org.onewindow.reporting;

import java.util.List;
import java.util.Locale;

/**
 * The process report for managers: volumes, cycle times, trends, bottlenecks and workload. Every figure is
 * one SQL aggregation over indexed columns; nothing loads the cases into memory.
 */
public interface ProcessReportService {

    /**
     * Everything the report page shows, its queries run side by side; the bottleneck diagram's notes in
     * {@code locale}'s language (the page's, captured where the page is built: the queries run on other threads).
     */
    ProcessReport report(ReportFilter filter, Granularity granularity, Locale locale);

    ProcessSummary summary(ReportFilter filter);

    List<GroupFigures> byServiceItem(ReportFilter filter);

    /** As {@link #byServiceItem(ReportFilter)}, items named in {@code locale}'s language. */
    List<GroupFigures> byServiceItem(ReportFilter filter, Locale locale);

    List<GroupFigures> byDepartment(ReportFilter filter);

    List<TrendPoint> trend(ReportFilter filter, Granularity granularity);

    /** Every activity of the case process that had tasks in the range, in process order. */
    List<StepFigures> bottlenecks(ReportFilter filter);

    /**
     * The case process drawn as SVG with each step coloured by its median waiting time and noted with its
     * waiting and working times in {@code locale}'s language.
     */
    String bottleneckDiagram(List<StepFigures> steps, Locale locale);

    List<Workload> workloadByDepartment(ReportFilter filter);

    List<Workload> workloadByStaff(ReportFilter filter);
}
