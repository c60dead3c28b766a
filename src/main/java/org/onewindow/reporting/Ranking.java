package org.onewindow.reporting;

import java.util.List;

/**
 * Departments, service items or staff members ranked by good-review rate, each with a 95 % Wilson interval.
 * Groups with fewer answers than the minimum sample are left out and counted, since their rate says little.
 */
public record Ranking(List<Row> rows, int hiddenGroups, int minimumSample) {

    public record Row(String code, String name, long responses, long good, double goodRate, double low, double high) {
    }

    public enum Group {
        DEPARTMENT, SERVICE_ITEM, STAFF
    }
}
