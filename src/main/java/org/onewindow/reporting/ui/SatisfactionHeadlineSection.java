package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.figure;
import static org.onewindow.reporting.ui.ReportParts.row;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.reporting.LevelDistribution;
import org.onewindow.reporting.SatisfactionSummary;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.StackedShareChart;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.html.Div;

/** The satisfaction report's headline: response and good-review rates, and the five levels by channel. */
final class SatisfactionHeadlineSection {

    /** The scores of the five levels, from very satisfied (5) to very dissatisfied (1). */
    static final List<Integer> BEST_FIRST = List.of(5, 4, 3, 2, 1);
    /** The chart wants its levels worst first, so that its red-to-blue scale reads the right way. */
    static final List<Integer> WORST_FIRST = List.of(1, 2, 3, 4, 5);

    private SatisfactionHeadlineSection() {
    }

    static Div of(ReportTexts texts, TableExport export, SatisfactionSummary s) {
        Div section = section(texts.t("reporting.satisfaction.headline"), "report-satisfaction-headline");
        Div figures = new Div(
                figure(texts.t("reporting.satisfaction.figure.responses"), texts.integer(s.responses()),
                        "figure-responses"),
                figure(texts.t("reporting.satisfaction.figure.responseRate", texts.integer(s.closedCases())),
                        texts.percent(s.responseRate()), "figure-response-rate"),
                figure(texts.t("reporting.satisfaction.figure.goodRate"), texts.percent(s.levels().goodRate()),
                        "figure-good-rate"),
                figure(texts.t("reporting.satisfaction.figure.badRate"), texts.percent(s.levels().badRate()),
                        "figure-bad-rate"),
                figure(texts.t("reporting.satisfaction.figure.meanOverall"), texts.decimal(s.meanOverall(), 2),
                        "figure-mean-overall"),
                figure(texts.t("reporting.satisfaction.figure.excluded"), texts.integer(s.excludedAfterAppeal()),
                        "figure-excluded"));
        figures.addClassName("report-figures");
        List<StackedShareChart.Group> groups = new ArrayList<>();
        groups.add(group(texts.t("reporting.satisfaction.levels.allChannels"), s.levels()));
        s.byChannel().forEach(channel -> groups.add(group(texts.channel(channel.channel()), channel.levels())));
        section.add(figures, svg(new StackedShareChart(texts.t("reporting.satisfaction.levels.chart"),
                texts.t("reporting.satisfaction.column.channel"), texts.t("reporting.satisfaction.levels.shareAxis"),
                WORST_FIRST.stream().map(texts::level).toList(), groups).toSvg(texts.locale()), "chart-levels"));
        List<String> headers = new ArrayList<>(List.of(texts.t("reporting.satisfaction.column.channel"),
                texts.t("reporting.satisfaction.column.answers")));
        BEST_FIRST.forEach(score -> headers.add(texts.level(score)));
        headers.addAll(List.of(texts.t("reporting.satisfaction.column.goodRate"),
                texts.t("reporting.satisfaction.column.meanOverall")));
        section.add(exports(texts, export, "export-levels", "levels-by-channel",
                texts.t("reporting.satisfaction.levels.export"), headers,
                () -> s.byChannel().stream().map(c -> row(texts.channel(c.channel()), c.levels().total(),
                        c.levels().verySatisfied(), c.levels().satisfied(), c.levels().basicallySatisfied(),
                        c.levels().dissatisfied(), c.levels().veryDissatisfied(),
                        texts.percentCell(c.levels().goodRate()),
                        texts.decimalCell(c.meanOverall(), 2))).toList()));
        return section;
    }

    /** A channel's counts worst first, as the chart draws them. */
    private static StackedShareChart.Group group(String name, LevelDistribution levels) {
        long[] counts = levels.counts();
        return new StackedShareChart.Group(name, List.of(counts[4], counts[3], counts[2], counts[1], counts[0]));
    }
}
