package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.figure;
import static org.onewindow.reporting.ui.ReportParts.row;

import java.util.List;
import java.util.stream.IntStream;

import org.onewindow.reporting.BadReviewFigures;
import org.onewindow.reporting.GroupFigures;
import org.onewindow.reporting.ProcessSummary;
import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.SatisfactionSummary;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.export.TableExport;
import org.onewindow.reporting.ui.ReportParts.ExportLinks;

import com.vaadin.flow.component.html.Div;

/**
 * The monthly report's figures and tables, each with its CSV and Excel export like every other report's table. A
 * figure is described once, so that the page and its export cannot say different things.
 */
final class MonthlyTables {

    /** One headline figure: what it is, how the page shows it, what its export cell holds, the page's id. */
    record Line(String label, String shown, Object cell, String id) {
    }

    private final ReportTexts texts;
    private final TableExport export;
    private final String month;

    /** @param month the month in the files' names, e.g. "2026-11" */
    MonthlyTables(ReportTexts texts, TableExport export, String month) {
        this.texts = texts;
        this.export = export;
        this.month = month;
    }

    List<Line> service(ProcessSummary p) {
        return List.of(
                new Line(texts.t("reporting.monthly.figure.received"), texts.integer(p.received()), p.received(),
                        "monthly-received"),
                new Line(texts.t("reporting.monthly.figure.closed"), texts.integer(p.closed()), p.closed(),
                        "monthly-closed"),
                new Line(texts.t("reporting.monthly.figure.onTime"), texts.percent(p.onTimeRate()),
                        texts.percentCell(p.onTimeRate()), "monthly-on-time"),
                new Line(texts.t("reporting.monthly.figure.cycle"), texts.workingDays(p.cycleTime().median()),
                        texts.decimalCell(p.cycleTime().median(), 1), "monthly-cycle"),
                new Line(texts.t("reporting.monthly.figure.backlog"), texts.integer(p.openBacklog()), p.openBacklog(),
                        "monthly-backlog"),
                new Line(texts.t("reporting.monthly.figure.oneVisit"), texts.percent(p.oneVisitRate()),
                        texts.percentCell(p.oneVisitRate()), "monthly-one-visit"));
    }

    List<Line> citizens(SatisfactionSummary s, BadReviewFigures bad) {
        return List.of(
                new Line(texts.t("reporting.monthly.figure.responses"), texts.integer(s.responses()), s.responses(),
                        "monthly-responses"),
                new Line(texts.t("reporting.monthly.figure.responseRate"), texts.percent(s.responseRate()),
                        texts.percentCell(s.responseRate()), "monthly-response-rate"),
                new Line(texts.t("reporting.monthly.figure.goodRate"), texts.percent(s.levels().goodRate()),
                        texts.percentCell(s.levels().goodRate()), "monthly-good-rate"),
                new Line(texts.t("reporting.monthly.figure.bad"), texts.integer(s.levels().bad()), s.levels().bad(),
                        "monthly-bad"),
                new Line(texts.t("reporting.monthly.figure.verified"), texts.percent(bad.verifiedOnTimeRate()),
                        texts.percentCell(bad.verifiedOnTimeRate()), "monthly-verified"),
                new Line(texts.t("reporting.monthly.figure.rectified"), texts.percent(bad.rectifiedOnTimeRate()),
                        texts.percentCell(bad.rectifiedOnTimeRate()), "monthly-rectified"));
    }

    /** The figures as the page shows them, big numbers with their captions. */
    static Div figures(List<Line> lines) {
        Div figures = new Div();
        lines.forEach(line -> figures.add(figure(line.label(), line.shown(), line.id())));
        figures.addClassName("report-figures");
        return figures;
    }

    /** A section's figures as a two-column table: what, and how much; the unit of a cycle time in its name. */
    ExportLinks figureExport(String title, String id, List<Line> lines) {
        return printless(exports(texts, export, "export-" + id, id + "-" + month, title,
                List.of(texts.t("reporting.monthly.column.figure"), texts.t("reporting.monthly.column.value")),
                () -> lines.stream().map(line -> row(line.label(), line.cell())).toList()));
    }

    ExportLinks departments(List<GroupFigures> departments) {
        return printless(exports(texts, export, "export-monthly-departments", "departments-" + month,
                texts.t("reporting.monthly.departments.export"),
                List.of(texts.t("reporting.export.code"), texts.t("reporting.monthly.department"),
                        texts.t("reporting.process.column.received"), texts.t("reporting.process.column.closed"),
                        texts.t("reporting.process.column.onTimeRate"),
                        texts.t("reporting.process.column.medianCycle")),
                () -> departments.stream().map(d -> row(d.code(), d.name(), d.received(), d.closed(),
                        texts.percentCell(d.onTimeRate()), texts.decimalCell(d.cycleTime().median(), 1))).toList()));
    }

    ExportLinks ranking(Ranking ranking) {
        return printless(exports(texts, export, "export-monthly-ranking", "ranking-" + month,
                texts.t("reporting.monthly.ranking.chart"),
                List.of(texts.t("reporting.satisfaction.column.rank"), texts.t("reporting.export.code"),
                        texts.t("reporting.monthly.department"), texts.t("reporting.satisfaction.column.answers"),
                        texts.t("reporting.satisfaction.column.goodRate"),
                        texts.t("reporting.satisfaction.column.low"), texts.t("reporting.satisfaction.column.high")),
                () -> IntStream.range(0, ranking.rows().size()).mapToObj(i -> {
                    Ranking.Row r = ranking.rows().get(i);
                    return row(i + 1, r.code(), r.name(), r.responses(), texts.percentCell(r.goodRate()),
                            texts.percentCell(r.low()), texts.percentCell(r.high()));
                }).toList()));
    }

    /** The page is printed for the meeting: links to files have no place on paper. */
    private static ExportLinks printless(ExportLinks links) {
        links.addClassName("no-print");
        return links;
    }
}
