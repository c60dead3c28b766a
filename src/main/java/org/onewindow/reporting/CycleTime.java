package org.onewindow.reporting;

/** Working days from acceptance to closing with the clock running, over {@code cases} closed cases; null without any. */
public record CycleTime(long cases, Double mean, Double median, Double p90) {
}
