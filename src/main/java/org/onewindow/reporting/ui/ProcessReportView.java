package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.figure;
import static org.onewindow.reporting.ui.ReportParts.row;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.GroupFigures;
import org.onewindow.reporting.ProcessReport;
import org.onewindow.reporting.ProcessReportService;
import org.onewindow.reporting.ProcessSummary;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.StepFigures;
import org.onewindow.reporting.TrendPoint;
import org.onewindow.reporting.Workload;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.HorizontalBarChart;
import org.onewindow.reporting.internal.chart.LineChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.TableExport;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Where the hall is slow: volumes, cycle times, trends, the steps cases wait at, and who carries the work. */
@Route(value = "reports/process", layout = MainLayout.class)
@Menu(title = "reporting.menu.process", order = 70, icon = "vaadin:chart")
@RolesAllowed(AppRoles.MANAGER)
public class ProcessReportView extends VerticalLayout implements HasDynamicTitle {

    private final transient TableExport export;
    private final transient ProcessReportService reports;
    /** The page's language, captured here: the report's queries and its downloads run on other threads. */
    private final transient ReportTexts texts;
    final ReportFilterBar filters;
    private final Div content = new Div();

    public ProcessReportView(ProcessReportService reports, DirectoryService directory, CatalogService catalog,
            Clock clock) {
        this.reports = reports;
        this.texts = ReportTexts.of(getLocale());
        this.export = new TableExport(clock.getZone());
        this.filters = new ReportFilterBar(texts, directory, catalog, LocalDate.now(clock), this::show);
        content.setWidthFull();
        add(new H1(texts.t("reporting.process.title")), new Paragraph(texts.t("reporting.process.intro")), filters,
                content);
        setMaxWidth("80em");
        show();
    }

    @Override
    public String getPageTitle() {
        return texts.t("reporting.process.pageTitle");
    }

    private void show() {
        ReportFilter filter = filters.value();
        Granularity granularity = filters.granularity();
        content.removeAll();
        ProcessReport report;
        try {
            report = reports.report(filter, granularity, texts.locale());
        } catch (InvalidInputException e) {
            filters.showErrors(e);
            return;
        }
        content.add(headline(report.summary()), trend(report.trend(), granularity),
                groups(Group.SERVICE_ITEM, "report-items", "service-items", report.byServiceItem()),
                groups(Group.DEPARTMENT, "report-departments", "departments", report.byDepartment()),
                bottlenecks(report.bottlenecks(), report.bottleneckDiagram()),
                workload(false, "report-workload-departments", report.workloadByDepartment()),
                workload(true, "report-workload-staff", report.workloadByStaff()));
    }

    private Div headline(ProcessSummary s) {
        Div section = section(texts.t("reporting.process.headline"), "report-headline");
        Div figures = new Div(
                figure(texts.t("reporting.process.figure.received"), texts.integer(s.received()), "figure-received"),
                figure(texts.t("reporting.process.figure.closed"), texts.integer(s.closed()), "figure-closed"),
                figure(texts.t("reporting.process.figure.backlog"), texts.integer(s.openBacklog()), "figure-backlog"),
                figure(texts.t("reporting.process.figure.onTime"), texts.percent(s.onTimeRate()), "figure-on-time"),
                figure(texts.t("reporting.process.figure.cycleMean"), texts.workingDays(s.cycleTime().mean()),
                        "figure-cycle-mean"),
                figure(texts.t("reporting.process.figure.cycleMedian"), texts.workingDays(s.cycleTime().median()),
                        "figure-cycle-median"),
                figure(texts.t("reporting.process.figure.cycleP90"), texts.workingDays(s.cycleTime().p90()),
                        "figure-cycle-p90"),
                figure(texts.t("reporting.process.figure.oneVisit", s.visitAnswers()),
                        texts.percent(s.oneVisitRate()), "figure-one-visit"));
        figures.addClassName("report-figures");
        List<HorizontalBarChart.Bar> bars = s.backlogAge().stream()
                .map(bucket -> HorizontalBarChart.Bar.of(ageName(bucket), bucket.cases())).toList();
        section.add(figures, svg(new HorizontalBarChart(texts.t("reporting.process.age.chart"),
                texts.t("reporting.process.age.axis"), texts.t("reporting.process.age.value"), ValueFormat.count(),
                bars)
                .toSvg(texts.locale()), "chart-backlog-age"));
        return section;
    }

    /** "up to 5 days", "6 to 15 days", "over 30 days" in the reader's language. */
    String ageName(ProcessSummary.AgeBucket bucket) {
        if (bucket.toDays() == null) {
            return texts.t("reporting.process.age.over", bucket.fromDays() - 1L);
        }
        return bucket.fromDays() == 0 ? texts.t("reporting.process.age.upTo", bucket.toDays())
                : texts.t("reporting.process.age.between", bucket.fromDays(),
                        bucket.toDays());
    }

    private Div trend(List<TrendPoint> points, Granularity granularity) {
        Div section = section(texts.t("reporting.process.trend"), "report-trend");
        List<String> labels = points.stream().map(p -> texts.period(p.start(), granularity)).toList();
        String period = texts.t("reporting.process.trend.period");
        section.add(svg(new LineChart(texts.t("reporting.process.trend.volume"), period,
                texts.t("reporting.process.trend.volumeAxis"), ValueFormat.count(), labels,
                List.of(new LineChart.Series(texts.t("reporting.process.trend.received"),
                        points.stream().map(p -> (double) p.received()).toList()),
                        new LineChart.Series(texts.t("reporting.process.trend.closed"),
                                points.stream().map(p -> (double) p.closed()).toList())),
                true)
                .toSvg(texts.locale()), "chart-volume-trend"));
        section.add(svg(new LineChart(texts.t("reporting.process.trend.onTime"), period,
                texts.t("reporting.process.trend.onTimeAxis"), ValueFormat.percent(0), labels,
                List.of(new LineChart.Series(texts.t("reporting.process.trend.onTimeSeries"),
                        points.stream().map(TrendPoint::onTimeRate).toList())),
                false).withPossibleValues(0, 1)
                .toSvg(texts.locale()), "chart-on-time-trend"));
        // The export keeps ISO periods (2025-W10, 2025-03) beside each period's first day: data for a spreadsheet.
        section.add(exports(texts, export, "export-trend", "trend", texts.t("reporting.process.trend"),
                List.of(texts.t("reporting.export.period"), texts.t("reporting.export.starts"),
                        texts.t("reporting.process.column.received"), texts.t("reporting.process.column.closed"),
                        texts.t("reporting.process.column.onTimeRate"),
                        texts.t("reporting.process.column.meanCycleDays")),
                () -> points.stream().map(p -> row(p.label(), p.start(), p.received(), p.closed(),
                        texts.percentCell(p.onTimeRate()), texts.decimalCell(p.meanCycleDays(), 1))).toList()));
        return section;
    }

    /** The two groupings of the process figures. */
    private enum Group {
        SERVICE_ITEM, DEPARTMENT
    }

    private Div groups(Group group, String id, String file, List<GroupFigures> rows) {
        String title = texts.t("reporting.process.group." + group.name());
        Div section = section(title, id);
        Grid<GroupFigures> grid = ReportParts.wrapping(new Grid<>(GroupFigures.class, false));
        grid.setId(id + "-grid");
        grid.addColumn(GroupFigures::name).setHeader(texts.t("reporting.process.group.column." + group.name()))
                .setFlexGrow(2);
        grid.addColumn(g -> texts.integer(g.received())).setHeader(texts.t("reporting.process.column.received"));
        grid.addColumn(g -> texts.integer(g.closed())).setHeader(texts.t("reporting.process.column.closed"));
        grid.addColumn(g -> texts.percent(g.onTimeRate())).setHeader(texts.t("reporting.process.column.onTime"));
        grid.addColumn(g -> texts.workingDays(g.cycleTime().mean()))
                .setHeader(texts.t("reporting.process.column.mean"));
        grid.addColumn(g -> texts.workingDays(g.cycleTime().median()))
                .setHeader(texts.t("reporting.process.column.median"));
        grid.addColumn(g -> texts.workingDays(g.cycleTime().p90())).setHeader(texts.t("reporting.process.column.p90"));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        List<HorizontalBarChart.Bar> bars = rows.stream().filter(g -> g.cycleTime().median() != null).limit(15)
                .map(g -> HorizontalBarChart.Bar.of(g.name(), g.cycleTime().median())).toList();
        section.add(svg(new HorizontalBarChart(texts.t("reporting.process.group.chart." + group.name()),
                texts.t("reporting.process.group.column." + group.name()), texts.t("reporting.process.group.chartAxis"),
                ValueFormat.decimal(1, texts.t("reporting.unit.workingDaysSuffix")), bars).toSvg(texts.locale()),
                id + "-chart"), grid,
                exports(texts, export, "export-" + file, file, title, List.of(texts.t("reporting.export.code"),
                        texts.t("reporting.export.name"), texts.t("reporting.process.column.received"),
                        texts.t("reporting.process.column.closed"), texts.t("reporting.process.column.onTimeRate"),
                        texts.t("reporting.process.column.meanCycle"), texts.t("reporting.process.column.medianCycle"),
                        texts.t("reporting.process.column.p90Cycle")),
                        () -> rows.stream().map(g -> row(g.code(), g.name(), g.received(), g.closed(),
                                texts.percentCell(g.onTimeRate()), texts.decimalCell(g.cycleTime().mean(), 1),
                                texts.decimalCell(g.cycleTime().median(), 1),
                                texts.decimalCell(g.cycleTime().p90(), 1))).toList()));
        return section;
    }

    private Div bottlenecks(List<StepFigures> steps, String diagram) {
        Div section = section(texts.t("reporting.process.bottlenecks"), "report-bottlenecks");
        section.add(new Paragraph(texts.t("reporting.process.bottlenecks.intro")));
        section.add(svg(diagram, "chart-bottleneck-diagram"));
        Grid<StepFigures> grid = ReportParts.wrapping(new Grid<>(StepFigures.class, false));
        grid.setId("report-bottlenecks-grid");
        grid.addColumn(StepFigures::stepName).setHeader(texts.t("reporting.process.column.step")).setFlexGrow(2);
        grid.addColumn(s -> texts.integer(s.tasks())).setHeader(texts.t("reporting.process.column.tasks"));
        grid.addColumn(s -> texts.integer(s.completed())).setHeader(texts.t("reporting.process.column.done"));
        grid.addColumn(s -> texts.hours(s.meanWaitHours())).setHeader(texts.t("reporting.process.column.waitMean"));
        grid.addColumn(s -> texts.hours(s.medianWaitHours())).setHeader(texts.t("reporting.process.column.waitMedian"));
        grid.addColumn(s -> texts.hours(s.meanWorkHours())).setHeader(texts.t("reporting.process.column.workMean"));
        grid.addColumn(s -> texts.hours(s.medianWorkHours())).setHeader(texts.t("reporting.process.column.workMedian"));
        grid.addColumn(s -> texts.percent(s.lateShare())).setHeader(texts.t("reporting.process.column.late"));
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        section.add(grid, exports(texts, export, "export-bottlenecks", "bottlenecks",
                texts.t("reporting.process.bottlenecks"), List.of(texts.t("reporting.export.code"),
                        texts.t("reporting.process.column.step"), texts.t("reporting.process.column.tasks"),
                        texts.t("reporting.process.column.completed"), texts.t("reporting.process.column.waitMean"),
                        texts.t("reporting.process.column.waitMedian"), texts.t("reporting.process.column.workMean"),
                        texts.t("reporting.process.column.workMedian"), texts.t("reporting.process.column.late")),
                // Waits as the screen words them: minutes, hours or days, whichever a person reads at a glance.
                () -> steps.stream().map(s -> row(s.taskKey(), s.stepName(), s.tasks(), s.completed(),
                        texts.hours(s.meanWaitHours()), texts.hours(s.medianWaitHours()),
                        texts.hours(s.meanWorkHours()), texts.hours(s.medianWorkHours()),
                        texts.percentCell(s.lateShare()))).toList()));
        return section;
    }

    private Div workload(boolean byStaff, String id, List<Workload> rows) {
        String title = texts.t(byStaff ? "reporting.process.workload.staff" : "reporting.process.workload.departments");
        Div section = section(title, id);
        Grid<Workload> grid = ReportParts.wrapping(new Grid<>(Workload.class, false));
        grid.setId(id + "-grid");
        grid.addColumn(this::workloadName).setHeader(texts.t(byStaff ? "reporting.process.column.staffMember"
                : "reporting.process.column.queue")).setFlexGrow(2);
        grid.addColumn(w -> texts.integer(w.open())).setHeader(texts.t("reporting.process.column.openNow"));
        grid.addColumn(w -> texts.integer(w.overdue())).setHeader(texts.t("reporting.process.column.overdue"));
        grid.addColumn(w -> texts.integer(w.atRisk())).setHeader(texts.t("reporting.process.column.atRisk"));
        grid.addColumn(w -> texts.integer(w.completedInRange()))
                .setHeader(texts.t("reporting.process.column.completedInRange"));
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 25);
        String file = id.replace("report-", "");
        section.add(grid,
                exports(texts, export, "export-" + file, file, title, List.of(texts.t("reporting.export.code"),
                        texts.t("reporting.export.name"), texts.t("reporting.process.column.open"),
                        texts.t("reporting.process.column.overdue"), texts.t("reporting.process.column.atRisk"),
                        texts.t("reporting.process.column.completedInRange")),
                        () -> rows.stream().map(w -> row(w.code(), workloadName(w), w.open(), w.overdue(),
                                w.atRisk(), w.completedInRange())).toList()));
        return section;
    }

    /** A role's queue (front desk, follow-up...) named in the reader's language; departments and people as they are. */
    String workloadName(Workload workload) {
        return AppRoles.ALL.contains(workload.code()) ? texts.t("shared.role." + workload.code()) : workload.name();
    }
}
