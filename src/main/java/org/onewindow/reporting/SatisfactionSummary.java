package org.onewindow.reporting;

import java.util.List;

/**
 * The headline of the satisfaction report: first answers (supplementary reviews and answers excluded after an
 * appeal do not count) of cases closed in the range.
 *
 * @param responseRate responses / closed cases; null without closed cases
 * @param channelBias the kiosk's ratings against the private ones, from the same counts
 */
public record SatisfactionSummary(long closedCases, long responses, Double responseRate, LevelDistribution levels,
        Double meanOverall, List<ChannelFigures> byChannel, long excludedAfterAppeal, ChannelBias channelBias) {

    /** The answers that came through one channel: the survey link, the window kiosk or the phone follow-up. */
    public record ChannelFigures(String channel, LevelDistribution levels, Double meanOverall) {
    }
}
