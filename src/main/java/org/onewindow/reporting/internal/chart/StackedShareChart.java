package org.onewindow.reporting.internal.chart;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.onewindow.reporting.internal.ReportTexts;

/**
 * One bar per group (e.g. per channel: link, QR at the window, phone), split into the shares of the ordered
 * levels (the five ratings), each bar 100% long; with a legend and each group's number of answers. Shows how
 * the distribution differs between groups whatever their sizes.
 *
 * @param title         the chart's title
 * @param groupAxis     what the groups are, e.g. "Channel"
 * @param shareAxis     the share axis title with its unit, e.g. "Share of answers (%)"
 * @param levels        the level names, from the worst (e.g. very dissatisfied) to the best; 2 to 7 of them
 * @param groups        the bars, top to bottom
 * @param noDataMessage shown instead of the chart when no group has an answer; null for the standard
 *                      message in the reader's language
 */
public record StackedShareChart(String title, String groupAxis, String shareAxis, List<String> levels,
        List<Group> groups,
        String noDataMessage) {

    /** A group's counts per level, in the order of the levels. */
    public record Group(String name, List<Long> counts) {

        public Group {
            Objects.requireNonNull(name, "name");
            counts = List.copyOf(counts);
            if (counts.stream().anyMatch(count -> count < 0)) {
                throw new IllegalArgumentException("Group " + name + " has a negative count");
            }
        }

        public long total() {
            return counts.stream().mapToLong(Long::longValue).sum();
        }
    }

    public StackedShareChart {
        Objects.requireNonNull(title, "title");
        groupAxis = Objects.requireNonNullElse(groupAxis, "");
        shareAxis = Objects.requireNonNullElse(shareAxis, "");
        levels = List.copyOf(levels);
        Palette.ordered(levels.size()); // refuses a number of levels it has no colours for
        groups = List.copyOf(groups);
        for (Group group : groups) {
            if (group.counts().size() != levels.size()) {
                throw new IllegalArgumentException("Group " + group.name() + " has " + group.counts().size()
                        + " counts for " + levels.size() + " levels");
            }
        }
    }

    public StackedShareChart(String title, String groupAxis, String shareAxis, List<String> levels,
            List<Group> groups) {
        this(title, groupAxis, shareAxis, levels, groups, null);
    }

    /** The chart as SVG, its own texts (descriptions, no-data message) in {@code locale}'s language. */
    public String toSvg(Locale locale) {
        return new StackedShareRenderer(this, ReportTexts.of(locale)).render();
    }
}
