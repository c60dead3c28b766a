package org.onewindow.reporting;

import java.util.List;

/** Everything the demand report page shows for one filter. */
public record DemandReport(DemandTable byServiceItem, List<DemandTable> bySegment, ArrivalHeatmap arrivals,
        List<RepeatVisits> repeatVisits, DemandForecast forecast, WindowStaffing staffing) {

    public DemandReport {
        bySegment = List.copyOf(bySegment);
        repeatVisits = List.copyOf(repeatVisits);
    }
}
