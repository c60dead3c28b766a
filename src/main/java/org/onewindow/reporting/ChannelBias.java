package org.onewindow.reporting;

/**
 * Ratings given in front of staff (window kiosk) against ratings given privately (link, phone), compared
 * with a chi-square test over the five levels. {@code warning} is set when they differ significantly: a
 * near-perfect score at the window then tells managers little.
 *
 * @param verdict SIGNIFICANT, NOT_SIGNIFICANT, NOT_RELIABLE (too few answers) or NOT_TESTABLE
 */
public record ChannelBias(LevelDistribution kiosk, LevelDistribution privateChannels, String verdict,
        Double statistic, Integer degreesOfFreedom, Double pValue, boolean warning) {
}
