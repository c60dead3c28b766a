package org.onewindow.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Cases accepted per week or month, one row per service item or per value of a segment. Periods are the hall's
 * weeks (ISO, from Monday) or months that the range touches, as in the process report's trend.
 *
 * @param periods the first day of each period, oldest first
 * @param labels  each period as ISO text (2025-W10, 2025-03), for exports
 * @param rows    the service items busiest first; a segment's values in their natural order (unknown last)
 */
public record DemandTable(DemandDimension dimension, Granularity granularity, List<LocalDate> periods,
        List<String> labels, List<Row> rows) {

    public DemandTable {
        periods = List.copyOf(periods);
        labels = List.copyOf(labels);
        rows = List.copyOf(rows);
    }

    /**
     * One item or segment value.
     *
     * @param code   the item's code or the segment's value: PERSON / ENTERPRISE, an age band's name (FROM_18_TO_29),
     *               a GB/T 2260 district code, WINDOW / ONLINE, FIRST_TIME / RETURNING; null when the case does not
     *               say (an enterprise's age band, an unknown district)
     * @param name   the item's name, or the district's name in the language asked for; null for the other segments,
     *               which screens name in the reader's language from the code
     * @param counts cases per period, in the order of the periods
     */
    public record Row(String code, String name, List<Long> counts, long total) {

        public Row {
            counts = List.copyOf(counts);
        }
    }

    /** Cases per period over all rows. */
    public List<Long> totals() {
        long[] sums = new long[periods.size()];
        for (Row row : rows) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += row.counts().get(i);
            }
        }
        return java.util.Arrays.stream(sums).boxed().toList();
    }
}
