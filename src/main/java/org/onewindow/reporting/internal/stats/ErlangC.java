package org.onewindow.reporting.internal.stats;

/**
 * The Erlang C model (M/M/N queue) of citizens waiting for one of N open windows: arrivals at random (Poisson),
 * handling times exponential, one queue, nobody leaving. It answers how many windows an hour needs so that the
 * expected wait stays under a target.
 *
 * <p>The probability of waiting is computed from Erlang B by its recursion, {@code B(n) = A·B(n-1) / (n + A·B(n-1))},
 * and {@code C = N·B / (N - A·(1 - B))}: no factorials or powers, so it stays exact for a hall's hundred arrivals an
 * hour as for a call centre's thousands.
 */
public final class ErlangC {

    private ErlangC() {
    }

    /**
     * The offered load in erlangs: arrivals per hour times the mean handling time in hours.
     */
    public static double load(double arrivalsPerHour, double meanHandlingMinutes) {
        if (arrivalsPerHour < 0 || meanHandlingMinutes <= 0) {
            throw new IllegalArgumentException("Arrivals must be >= 0 and handling time > 0");
        }
        return arrivalsPerHour * meanHandlingMinutes / 60.0;
    }

    /** The probability that an arriving citizen has to wait; 1 when the windows cannot keep up ({@code N <= A}). */
    public static double probabilityOfWaiting(int windows, double load) {
        if (windows < 1) {
            throw new IllegalArgumentException("At least one window");
        }
        if (load <= 0) {
            return 0;
        }
        if (windows <= load) {
            return 1;
        }
        double blocking = 1;
        for (int n = 1; n <= windows; n++) {
            blocking = load * blocking / (n + load * blocking);
        }
        return windows * blocking / (windows - load * (1 - blocking));
    }

    /** The mean wait in minutes before a window is free; infinite when the windows cannot keep up. */
    public static double meanWaitMinutes(int windows, double arrivalsPerHour, double meanHandlingMinutes) {
        double load = load(arrivalsPerHour, meanHandlingMinutes);
        if (windows <= load) {
            return Double.POSITIVE_INFINITY;
        }
        return probabilityOfWaiting(windows, load) * meanHandlingMinutes / (windows - load);
    }

    /** The share of citizens served within {@code targetMinutes} of arriving ("service level"). */
    public static double servedWithin(int windows, double arrivalsPerHour, double meanHandlingMinutes,
            double targetMinutes) {
        double load = load(arrivalsPerHour, meanHandlingMinutes);
        if (windows <= load) {
            return 0;
        }
        return 1 - probabilityOfWaiting(windows, load)
                * Math.exp(-(windows - load) * targetMinutes / meanHandlingMinutes);
    }

    /**
     * The fewest windows that keep the mean wait at or under {@code targetMeanWaitMinutes}; 0 when nobody comes.
     */
    public static int windowsNeeded(double arrivalsPerHour, double meanHandlingMinutes, double targetMeanWaitMinutes) {
        if (arrivalsPerHour == 0) {
            return 0;
        }
        int windows = Math.max(1, (int) Math.floor(load(arrivalsPerHour, meanHandlingMinutes)) + 1);
        while (meanWaitMinutes(windows, arrivalsPerHour, meanHandlingMinutes) > targetMeanWaitMinutes) {
            windows++;
        }
        return windows;
    }
}
