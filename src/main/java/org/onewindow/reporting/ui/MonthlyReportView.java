package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.days;
import static org.onewindow.reporting.ui.ReportParts.decimal;
import static org.onewindow.reporting.ui.ReportParts.figure;
import static org.onewindow.reporting.ui.ReportParts.percent;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onewindow.reporting.BadReviewFigures;
import org.onewindow.reporting.DimensionReport;
import org.onewindow.reporting.GroupFigures;
import org.onewindow.reporting.ProcessReportService;
import org.onewindow.reporting.ProcessSummary;
import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.SatisfactionReportService;
import org.onewindow.reporting.SatisfactionSummary;
import org.onewindow.reporting.StepFigures;
import org.onewindow.reporting.internal.chart.HorizontalBarChart;
import org.onewindow.reporting.internal.chart.QuadrantChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.stats.ImportancePerformance;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** One month of the hall on one printable page: the figures a director takes to the monthly meeting. */
@Route(value = "reports/monthly", layout = MainLayout.class)
@PageTitle("Monthly report | OneWindow")
@Menu(title = "reporting.menu.monthly", order = 72, icon = "vaadin:print")
@RolesAllowed(AppRoles.MANAGER)
public class MonthlyReportView extends VerticalLayout {

    private final transient ProcessReportService process;
    private final transient SatisfactionReportService satisfaction;
    final Select<YearMonth> month = new Select<>();
    private final Div content = new Div();

    public MonthlyReportView(ProcessReportService process, SatisfactionReportService satisfaction, Clock clock) {
        this.process = process;
        this.satisfaction = satisfaction;
        YearMonth current = YearMonth.from(LocalDate.now(clock));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(current.minusMonths(i));
        }
        month.setId("monthly-month");
        month.setLabel("Month");
        month.setItems(months);
        month.setItemLabelGenerator(m -> m.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)));
        month.setValue(current.minusMonths(1));
        month.addValueChangeListener(event -> show());
        Button print = new Button("Print", event -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("monthly-print");
        HorizontalLayout bar = new HorizontalLayout(month, print);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("no-print");
        content.setWidthFull();
        add(bar, content);
        setMaxWidth("60em");
        show();
    }

    private void show() {
        YearMonth m = month.getValue();
        ReportFilter filter = ReportFilter.of(m.atDay(1), m.atEndOfMonth());
        ProcessSummary p = process.summary(filter);
        SatisfactionSummary s = satisfaction.summary(filter);
        BadReviewFigures bad = satisfaction.badReviews(filter);
        content.removeAll();
        H2 title = new H2("County Service Hall — monthly report, "
                + m.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH)));
        title.setId("monthly-title");
        Div service = section("Service", "monthly-process");
        Div processFigures = new Div(figure("received", String.valueOf(p.received()), "monthly-received"),
                figure("closed", String.valueOf(p.closed()), "monthly-closed"),
                figure("on time", percent(p.onTimeRate()), "monthly-on-time"),
                figure("median cycle", days(p.cycleTime().median()), "monthly-cycle"),
                figure("open at printing", String.valueOf(p.openBacklog()), "monthly-backlog"),
                figure("at most one visit", percent(p.oneVisitRate()), "monthly-one-visit"));
        processFigures.addClassName("report-figures");
        List<GroupFigures> departments = process.byDepartment(filter);
        service.add(processFigures, svg(new HorizontalBarChart("Cases closed by department", "Department",
                "Cases closed (count)", ValueFormat.count(), departments.stream()
                        .map(d -> HorizontalBarChart.Bar.of(d.name(), d.closed())).toList()).toSvg(), "monthly-departments"));
        List<StepFigures> steps = process.bottlenecks(filter);
        steps.stream().filter(step -> step.medianWaitHours() != null)
                .max(java.util.Comparator.comparingDouble(StepFigures::medianWaitHours))
                .ifPresent(slowest -> service.add(new Paragraph("Longest wait: " + slowest.stepName() + ", median "
                        + decimal(slowest.medianWaitHours(), 1) + " h before someone took it.")));

        Div citizens = section("Citizens' satisfaction", "monthly-satisfaction");
        Div satisfactionFigures = new Div(figure("answers", String.valueOf(s.responses()), "monthly-responses"),
                figure("response rate", percent(s.responseRate()), "monthly-response-rate"),
                figure("good reviews", percent(s.levels().goodRate()), "monthly-good-rate"),
                figure("bad reviews", String.valueOf(s.levels().bad()), "monthly-bad"),
                figure("verified on time", percent(bad.verifiedOnTimeRate()), "monthly-verified"),
                figure("rectified on time", percent(bad.rectifiedOnTimeRate()), "monthly-rectified"));
        satisfactionFigures.addClassName("report-figures");
        citizens.add(satisfactionFigures);
        Ranking ranking = satisfaction.ranking(filter, Ranking.Group.DEPARTMENT);
        citizens.add(svg(new HorizontalBarChart("Good-review rate by department (95 % interval)", "Department",
                "Good reviews (%)", ValueFormat.percent(0), ranking.rows().stream()
                        .map(r -> HorizontalBarChart.Bar.withInterval(r.name() + " (n=" + r.responses() + ")",
                                r.goodRate(), r.low(), r.high())).toList()).toSvg(), "monthly-ranking"));
        DimensionReport dimensions = satisfaction.dimensions(filter);
        List<ImportancePerformance.Dimension> points = dimensions.dimensions().stream()
                .filter(d -> d.importance() != null && d.mean() != null)
                .map(d -> new ImportancePerformance.Dimension(d.label(), d.importance(), d.mean())).toList();
        if (!points.isEmpty()) {
            citizens.add(svg(QuadrantChart.importancePerformance("What to improve first", "Performance: mean score (1–5)",
                    "Importance: correlation with the overall rating", ImportancePerformance.analyse(points)).toSvg(),
                    "monthly-ipa"));
        }
        content.add(title, service, citizens);
    }
}
