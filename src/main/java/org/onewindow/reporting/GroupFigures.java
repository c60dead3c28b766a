package org.onewindow.reporting;

/** The process figures of one service item, department or staff member. */
public record GroupFigures(String code, String name, long received, long closed, Double onTimeRate,
        CycleTime cycleTime) {
}
