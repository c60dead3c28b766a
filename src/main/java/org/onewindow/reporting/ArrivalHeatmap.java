package org.onewindow.reporting;

import java.time.DayOfWeek;
import java.util.Arrays;

/**
 * Citizens arriving at the windows (cases of channel WINDOW, by their acceptance time on the hall's clock) by
 * weekday and hour of day, over the working days of the range only (the hall's calendar: public holidays left out,
 * official make-up working days counted under their own weekday). A cell's mean is its arrivals divided by the
 * number of working days of that weekday in the range: the arrivals to expect in that hour of such a day.
 *
 * @param arrivals    {@code arrivals[weekday][hour]}, Monday first (index 0), hours 0 to 23
 * @param workingDays working days per weekday in the range, Monday first
 */
public record ArrivalHeatmap(long[][] arrivals, int[] workingDays) {

    public ArrivalHeatmap {
        if (arrivals.length != 7 || workingDays.length != 7) {
            throw new IllegalArgumentException("Seven weekdays");
        }
        long[][] copy = new long[7][];
        for (int day = 0; day < 7; day++) {
            if (arrivals[day].length != 24) {
                throw new IllegalArgumentException("24 hours a day");
            }
            copy[day] = arrivals[day].clone();
        }
        arrivals = copy;
        workingDays = workingDays.clone();
    }

    /** Arrivals in that hour of that weekday over the range's working days. */
    public long arrivals(DayOfWeek day, int hour) {
        return arrivals[day.ordinal()][hour];
    }

    public int workingDays(DayOfWeek day) {
        return workingDays[day.ordinal()];
    }

    /** Mean arrivals in that hour of such a working day; null when the range has no working day of that weekday. */
    public Double mean(DayOfWeek day, int hour) {
        int days = workingDays(day);
        return days == 0 ? null : (double) arrivals(day, hour) / days;
    }

    /** All arrivals counted (on working days). */
    public long total() {
        return Arrays.stream(arrivals).flatMapToLong(Arrays::stream).sum();
    }

    @Override
    public long[][] arrivals() {
        long[][] copy = new long[7][];
        for (int day = 0; day < 7; day++) {
            copy[day] = arrivals[day].clone();
        }
        return copy;
    }

    @Override
    public int[] workingDays() {
        return workingDays.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ArrivalHeatmap map && Arrays.deepEquals(arrivals, map.arrivals)
                && Arrays.equals(workingDays, map.workingDays);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(arrivals) + Arrays.hashCode(workingDays);
    }

    @Override
    public String toString() {
        return "ArrivalHeatmap[" + total() + " arrivals, working days " + Arrays.toString(workingDays) + "]";
    }
}
