package org.onewindow.reporting;

import java.util.List;

/** Everything the process report page shows for one filter. */
public record ProcessReport(ProcessSummary summary, List<TrendPoint> trend, List<GroupFigures> byServiceItem,
        List<GroupFigures> byDepartment, List<StepFigures> bottlenecks, String bottleneckDiagram,
        List<Workload> workloadByDepartment, List<Workload> workloadByStaff) {
}
