package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.days;
import static org.onewindow.reporting.ui.ReportParts.decimal;
import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.figure;
import static org.onewindow.reporting.ui.ReportParts.percent;
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
import org.onewindow.reporting.internal.chart.HorizontalBarChart;
import org.onewindow.reporting.internal.chart.LineChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.ReportTable;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Where the hall is slow: volumes, cycle times, trends, the steps cases wait at, and who carries the work. */
@Route(value = "reports/process", layout = MainLayout.class)
@PageTitle("Process report | OneWindow")
@Menu(title = "reporting.menu.process", order = 70, icon = "vaadin:chart")
@RolesAllowed(AppRoles.MANAGER)
public class ProcessReportView extends VerticalLayout {

    private final transient org.onewindow.reporting.internal.export.TableExport export;
    private final transient ProcessReportService reports;
    final ReportFilterBar filters;
    private final Div content = new Div();

    public ProcessReportView(ProcessReportService reports, DirectoryService directory, CatalogService catalog,
            Clock clock) {
        this.reports = reports;
        this.export = new org.onewindow.reporting.internal.export.TableExport(clock.getZone());
        this.filters = new ReportFilterBar(directory, catalog, LocalDate.now(clock), this::show);
        content.setWidthFull();
        add(new H2("Process report"), new Paragraph("Cases received and closed in the range, cycle times in working "
                + "days with the clock running, where cases wait, and the work each department and person carries."),
                filters, content);
        setMaxWidth("80em");
        show();
    }

    private void show() {
        ReportFilter filter = filters.value();
        Granularity granularity = filters.granularity();
        content.removeAll();
        ProcessReport report;
        try {
            report = reports.report(filter, granularity);
        } catch (InvalidInputException e) {
            filters.showErrors(e);
            return;
        }
        content.add(headline(report.summary()), trend(report.trend()),
                groups("By service item", "report-items", "service-items", report.byServiceItem()),
                groups("By department", "report-departments", "departments", report.byDepartment()),
                bottlenecks(report.bottlenecks(), report.bottleneckDiagram()),
                workload("Workload by department", "report-workload-departments", report.workloadByDepartment()),
                workload("Workload by staff member", "report-workload-staff", report.workloadByStaff()));
    }

    private Div headline(ProcessSummary s) {
        Div section = section("Headline", "report-headline");
        Div figures = new Div(figure("cases received", String.valueOf(s.received()), "figure-received"),
                figure("cases closed", String.valueOf(s.closed()), "figure-closed"),
                figure("open now", String.valueOf(s.openBacklog()), "figure-backlog"),
                figure("closed on time", percent(s.onTimeRate()), "figure-on-time"),
                figure("cycle time: mean", days(s.cycleTime().mean()), "figure-cycle-mean"),
                figure("median", days(s.cycleTime().median()), "figure-cycle-median"),
                figure("90th percentile", days(s.cycleTime().p90()), "figure-cycle-p90"),
                figure("at most one visit (" + s.visitAnswers() + " answers)", percent(s.oneVisitRate()),
                        "figure-one-visit"));
        figures.addClassName("report-figures");
        List<HorizontalBarChart.Bar> bars = s.backlogAge().stream()
                .map(bucket -> HorizontalBarChart.Bar.of(bucket.label(), bucket.cases())).toList();
        section.add(figures, svg(new HorizontalBarChart("Open cases by age since acceptance", "Age",
                "Open cases (count)", ValueFormat.count(), bars).toSvg(), "chart-backlog-age"));
        return section;
    }

    private Div trend(List<TrendPoint> points) {
        Div section = section("Trend", "report-trend");
        List<String> labels = points.stream().map(TrendPoint::label).toList();
        section.add(svg(new LineChart("Cases received and closed", "Period", "Cases (count)", ValueFormat.count(),
                labels, List.of(new LineChart.Series("Received", points.stream().map(p -> (double) p.received()).toList()),
                        new LineChart.Series("Closed", points.stream().map(p -> (double) p.closed()).toList())), true)
                .toSvg(), "chart-volume-trend"));
        section.add(svg(new LineChart("Closed on time", "Period", "Share of closed cases (%)", ValueFormat.percent(0),
                labels, List.of(new LineChart.Series("On time", points.stream().map(TrendPoint::onTimeRate).toList())),
                false).toSvg(), "chart-on-time-trend"));
        section.add(exports(export, "export-trend", "trend", () -> new ReportTable("Trend",
                List.of("Period", "Starts", "Received", "Closed", "On-time rate", "Mean cycle (working days)"),
                points.stream().map(p -> List.<Object>of(p.label(), p.start(), p.received(), p.closed(),
                        nullable(p.onTimeRate()), nullable(p.meanCycleDays()))).toList())));
        return section;
    }

    private Div groups(String title, String id, String file, List<GroupFigures> rows) {
        Div section = section(title, id);
        Grid<GroupFigures> grid = new Grid<>(GroupFigures.class, false);
        grid.setId(id + "-grid");
        grid.addColumn(GroupFigures::name).setHeader(title.substring(3)).setFlexGrow(2);
        grid.addColumn(GroupFigures::received).setHeader("Received");
        grid.addColumn(GroupFigures::closed).setHeader("Closed");
        grid.addColumn(g -> percent(g.onTimeRate())).setHeader("On time");
        grid.addColumn(g -> days(g.cycleTime().mean())).setHeader("Mean");
        grid.addColumn(g -> days(g.cycleTime().median())).setHeader("Median");
        grid.addColumn(g -> days(g.cycleTime().p90())).setHeader("90th pct");
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        List<HorizontalBarChart.Bar> bars = rows.stream().filter(g -> g.cycleTime().median() != null).limit(15)
                .map(g -> HorizontalBarChart.Bar.of(g.name(), g.cycleTime().median())).toList();
        section.add(svg(new HorizontalBarChart("Median cycle time " + title.toLowerCase(), title.substring(3),
                "Working days", ValueFormat.decimal(1, " wd"), bars).toSvg(), id + "-chart"), grid,
                exports(export, "export-" + file, file, () -> new ReportTable(title, List.of("Code", "Name", "Received", "Closed",
                        "On-time rate", "Mean cycle (wd)", "Median cycle (wd)", "90th percentile cycle (wd)"),
                        rows.stream().map(g -> List.<Object>of(g.code(), g.name(), g.received(), g.closed(),
                                nullable(g.onTimeRate()), nullable(g.cycleTime().mean()), nullable(g.cycleTime().median()),
                                nullable(g.cycleTime().p90()))).toList())));
        return section;
    }

    private Div bottlenecks(List<StepFigures> steps, String diagram) {
        Div section = section("Bottlenecks", "report-bottlenecks");
        section.add(new Paragraph("Waiting: from a step's creation until someone claims it. Working: from the claim "
                + "until it is done. The diagram is coloured by the median waiting time (deep red: the longest)."));
        section.add(svg(diagram, "chart-bottleneck-diagram"));
        Grid<StepFigures> grid = new Grid<>(StepFigures.class, false);
        grid.setId("report-bottlenecks-grid");
        grid.addColumn(StepFigures::stepName).setHeader("Step").setFlexGrow(2);
        grid.addColumn(StepFigures::tasks).setHeader("Tasks");
        grid.addColumn(StepFigures::completed).setHeader("Done");
        grid.addColumn(s -> hours(s.meanWaitHours())).setHeader("Wait mean");
        grid.addColumn(s -> hours(s.medianWaitHours())).setHeader("Wait median");
        grid.addColumn(s -> hours(s.meanWorkHours())).setHeader("Work mean");
        grid.addColumn(s -> hours(s.medianWorkHours())).setHeader("Work median");
        grid.addColumn(s -> percent(s.lateShare())).setHeader("Late");
        grid.setItems(steps);
        grid.setAllRowsVisible(true);
        section.add(grid, exports(export, "export-bottlenecks", "bottlenecks", () -> new ReportTable("Bottlenecks",
                List.of("Step", "Tasks", "Completed", "Mean wait (h)", "Median wait (h)", "Mean work (h)",
                        "Median work (h)", "Late share"),
                steps.stream().map(s -> List.<Object>of(s.stepName(), s.tasks(), s.completed(), nullable(s.meanWaitHours()),
                        nullable(s.medianWaitHours()), nullable(s.meanWorkHours()), nullable(s.medianWorkHours()),
                        nullable(s.lateShare()))).toList())));
        return section;
    }

    private Div workload(String title, String id, List<Workload> rows) {
        Div section = section(title, id);
        Grid<Workload> grid = new Grid<>(Workload.class, false);
        grid.setId(id + "-grid");
        grid.addColumn(Workload::name).setHeader(title.contains("staff") ? "Staff member" : "Queue").setFlexGrow(2);
        grid.addColumn(Workload::open).setHeader("Open now");
        grid.addColumn(Workload::overdue).setHeader("Overdue");
        grid.addColumn(Workload::atRisk).setHeader("At risk");
        grid.addColumn(Workload::completedInRange).setHeader("Completed in range");
        grid.setItems(rows);
        grid.setAllRowsVisible(rows.size() <= 25);
        String file = id.replace("report-", "");
        section.add(grid, exports(export, "export-" + file, file, () -> new ReportTable(title,
                List.of("Code", "Name", "Open", "Overdue", "At risk", "Completed in range"),
                rows.stream().map(w -> List.<Object>of(w.code(), w.name(), w.open(), w.overdue(), w.atRisk(),
                        w.completedInRange())).toList())));
        return section;
    }

    private static String hours(Double hours) {
        return hours == null ? "–" : hours < 48 ? decimal(hours, 1) + " h" : decimal(hours / 24, 1) + " d";
    }

    /** Cells of an export: an empty cell, not "null", where there is no value. */
    static Object nullable(Double value) {
        return value == null ? "" : value;
    }
}
