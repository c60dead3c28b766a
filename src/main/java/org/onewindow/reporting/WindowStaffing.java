package org.onewindow.reporting;

import java.util.List;

/**
 * Windows needed against windows staffed, per hour of the day over the working days of the range. Arrivals are
 * cases of channel WINDOW by acceptance time; the handling time is the mean work time (claimed to completed) of the
 * completed acceptance reviews at the front desk of window cases, those started in the range, or the configured
 * default when there are none; the
 * windows needed are Erlang C's fewest that keep the mean wait at or under the target; the windows staffed are
 * the distinct front-desk staff who registered window cases in that hour, on average per working day.
 *
 * @param handlingMinutes   the mean handling time used
 * @param measuredSteps     acceptance reviews the handling time was measured on; 0 when it is the default
 * @param targetWaitMinutes the target mean wait
 * @param workingDays       working days in the range
 * @param hours             from the first to the last hour with arrivals or staff; empty without any
 */
public record WindowStaffing(double handlingMinutes, long measuredSteps, double targetWaitMinutes, int workingDays,
        List<Hour> hours) {

    public WindowStaffing {
        hours = List.copyOf(hours);
    }

    /** Whether the handling time was measured rather than the configured default. */
    public boolean measured() {
        return measuredSteps > 0;
    }

    /**
     * One hour of the day (hall time), e.g. 9 for 09:00–10:00.
     *
     * @param arrivals        window arrivals in that hour over the working days
     * @param arrivalsPerHour arrivals / working days
     * @param windowsStaffed  distinct registering staff in that hour, summed over the working days, / working days
     */
    public record Hour(int hour, long arrivals, double arrivalsPerHour, int windowsNeeded, double windowsStaffed) {

        public boolean underStaffed() {
            return windowsStaffed < windowsNeeded;
        }
    }
}
