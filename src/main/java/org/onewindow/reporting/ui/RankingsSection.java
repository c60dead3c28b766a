package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.HorizontalBarChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;

/**
 * The satisfaction report's rankings by good-review rate, with Wilson intervals: departments, service items and
 * staff, one tab each; the departments' ranking comes with the report, the others are asked for when chosen.
 */
final class RankingsSection {

    private final ReportTexts texts;
    private final TableExport export;

    private RankingsSection(ReportTexts texts, TableExport export) {
        this.texts = texts;
        this.export = export;
    }

    /**
     * @param departments the departments' ranking, shown first
     * @param ranking     the ranking of another group, as the service computes it
     */
    static Div of(ReportTexts texts, TableExport export, Ranking departments,
            Function<Ranking.Group, Ranking> ranking) {
        return new RankingsSection(texts, export).build(departments, ranking);
    }

    private Div build(Ranking departmentRanking, Function<Ranking.Group, Ranking> ranking) {
        Div section = section(texts.t("reporting.satisfaction.rankings"), "report-rankings");
        Tab departments = new Tab(groupName(texts, Ranking.Group.DEPARTMENT));
        Tab items = new Tab(groupName(texts, Ranking.Group.SERVICE_ITEM));
        Tab staff = new Tab(groupName(texts, Ranking.Group.STAFF));
        Tabs tabs = new Tabs(departments, items, staff);
        tabs.setId("ranking-tabs");
        Div body = new Div();
        Runnable render = () -> {
            Ranking.Group group = tabs.getSelectedTab() == items ? Ranking.Group.SERVICE_ITEM
                    : tabs.getSelectedTab() == staff ? Ranking.Group.STAFF : Ranking.Group.DEPARTMENT;
            body.removeAll();
            show(body, group, group == Ranking.Group.DEPARTMENT ? departmentRanking : ranking.apply(group));
        };
        tabs.addSelectedChangeListener(event -> render.run());
        render.run();
        section.add(tabs, body);
        return section;
    }

    private void show(Div body, Ranking.Group group, Ranking ranking) {
        body.add(svg(new HorizontalBarChart(texts.t("reporting.satisfaction.rankings.chart"), groupName(texts, group),
                texts.t("reporting.satisfaction.goodReviewsAxis"), ValueFormat.percent(0), ranking.rows().stream()
                        .limit(20).map(r -> HorizontalBarChart.Bar.withInterval(withCount(r.name(), r.responses()),
                                r.goodRate(), r.low(), r.high()))
                        .toList())
                .toSvg(texts.locale()), "chart-ranking"));
        Grid<Ranking.Row> grid = ReportParts.wrapping(new Grid<>(Ranking.Row.class, false));
        grid.setId("ranking-grid");
        grid.addColumn(r -> texts.integer(ranking.rows().indexOf(r) + 1L)).setHeader("#").setWidth("4em")
                .setFlexGrow(0);
        grid.addColumn(Ranking.Row::name).setHeader(texts.t("reporting.export.name")).setFlexGrow(2);
        grid.addColumn(r -> texts.integer(r.responses())).setHeader(texts.t("reporting.satisfaction.column.answers"));
        grid.addColumn(r -> texts.percent(r.goodRate())).setHeader(texts.t("reporting.satisfaction.column.goodRate"));
        grid.addColumn(r -> texts.t("reporting.satisfaction.rankings.interval", texts.percent(r.low()),
                texts.percent(r.high()))).setHeader(texts.t("reporting.satisfaction.column.interval"));
        grid.setItems(ranking.rows());
        grid.setAllRowsVisible(ranking.rows().size() <= 25);
        Paragraph hidden = new Paragraph(ranking.hiddenGroups() == 0
                ? texts.t("reporting.satisfaction.rankings.allRanked")
                : texts.t("reporting.satisfaction.rankings.hidden", ranking.hiddenGroups(),
                        ranking.minimumSample()));
        String file = "ranking-" + group.name().toLowerCase(Locale.ROOT);
        body.add(grid, hidden, exports(texts, export, "export-ranking", file,
                texts.t("reporting.satisfaction.rankings.export", groupName(texts, group)),
                List.of(texts.t("reporting.satisfaction.column.rank"), texts.t("reporting.export.code"),
                        texts.t("reporting.export.name"), texts.t("reporting.satisfaction.column.answers"),
                        texts.t("reporting.satisfaction.column.goodCount"),
                        texts.t("reporting.satisfaction.column.goodRate"),
                        texts.t("reporting.satisfaction.column.low"), texts.t("reporting.satisfaction.column.high")),
                () -> ranking.rows().stream().map(r -> ReportParts.row(ranking.rows().indexOf(r) + 1, r.code(),
                        r.name(), r.responses(), r.good(), texts.percentCell(r.goodRate()),
                        texts.percentCell(r.low()), texts.percentCell(r.high()))).toList()));
    }

    static String groupName(ReportTexts texts, Ranking.Group group) {
        return texts.t("reporting.ranking.group." + group.name());
    }

    /** A name with its number of answers, "HRSS (n=25)": the reader weighs a rate by it. */
    private String withCount(String name, long responses) {
        return texts.t("reporting.satisfaction.rankings.bar", name, texts.integer(responses));
    }
}
