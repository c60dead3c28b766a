package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.onewindow.reporting.BadReviewFigures;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.GroupFigures;
import org.onewindow.reporting.IndicatorReport;
import org.onewindow.reporting.ProcessReportService;
import org.onewindow.reporting.ProcessSummary;
import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.SatisfactionReportService;
import org.onewindow.reporting.SatisfactionSummary;
import org.onewindow.reporting.StepFigures;
import org.onewindow.reporting.TrendPoint;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.HorizontalBarChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.TableExport;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** One month of the hall on one printable page: the figures a director takes to the monthly meeting. */
@Route(value = "reports/monthly", layout = MainLayout.class)
@Menu(title = "reporting.menu.monthly", order = 72, icon = "vaadin:print")
@RolesAllowed(AppRoles.MANAGER)
public class MonthlyReportView extends VerticalLayout implements HasDynamicTitle {

    private final transient ProcessReportService process;
    private final transient SatisfactionReportService satisfaction;
    private final transient ReportTexts texts;
    private final transient TableExport export;
    final Select<YearMonth> month = new Select<>();
    private final Div content = new Div();

    public MonthlyReportView(ProcessReportService process, SatisfactionReportService satisfaction, Clock clock) {
        this.process = process;
        this.satisfaction = satisfaction;
        this.texts = ReportTexts.of(getLocale());
        this.export = new TableExport(clock.getZone());
        YearMonth current = YearMonth.from(LocalDate.now(clock));
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            months.add(current.minusMonths(i));
        }
        month.setId("monthly-month");
        month.setLabel(texts.t("reporting.monthly.month"));
        month.setItems(months);
        month.setItemLabelGenerator(texts::month);
        month.setValue(openingMonth(process.trend(
                ReportFilter.of(months.get(months.size() - 1).atDay(1), LocalDate.now(clock)), Granularity.MONTH),
                current));
        month.addValueChangeListener(event -> show());
        Button print = new Button(texts.t("reporting.monthly.print"),
                event -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("monthly-print");
        HorizontalLayout bar = new HorizontalLayout(month, print);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("no-print");
        content.setWidthFull();
        add(bar, content);
        setMaxWidth("60em");
        show();
    }

    @Override
    public String getPageTitle() {
        return texts.t("reporting.monthly.pageTitle");
    }

    /**
     * The latest whole month with cases received or closed; the month in progress only when no earlier one has
     * any; the month before when none has. A director should not open the meeting's report on an empty month.
     */
    static YearMonth openingMonth(List<TrendPoint> months, YearMonth current) {
        List<YearMonth> withCases = months.stream().filter(m -> m.received() > 0 || m.closed() > 0)
                .map(m -> YearMonth.from(m.start())).sorted(Comparator.reverseOrder()).toList();
        return withCases.stream().filter(m -> m.isBefore(current)).findFirst()
                .orElse(withCases.isEmpty() ? current.minusMonths(1) : withCases.get(0));
    }

    /**
     * What to improve first, per indicator set version answered in the month (never pooled): where a channel's set
     * changed, the sentence saying so; then each version's importance–performance chart, or that it had too few
     * answers for one.
     */
    private Div improvements(IndicatorReport indicators) {
        Div improvements = new Div();
        improvements.setId("monthly-indicators");
        for (int i = 0; i < indicators.changes().size(); i++) {
            Paragraph change = new Paragraph(texts.setChange(indicators.changes().get(i)));
            change.setId("monthly-set-change-" + i);
            improvements.add(change);
        }
        for (IndicatorReport.SetVersion version : indicators.versions()) {
            String suffix = "-" + version.channel() + "-" + version.version();
            if (version.tooFew()) {
                Paragraph tooFew = new Paragraph(texts.t("reporting.monthly.ipa.tooFew", texts.setVersion(version),
                        version.completeAnswers(), indicators.minimumAnswers()));
                tooFew.setId("monthly-ipa-too-few" + suffix);
                improvements.add(tooFew);
            } else {
                ImportancePerformanceChart.of(texts, texts.t("reporting.monthly.ipa", texts.setVersion(version)),
                        version, "monthly-ipa" + suffix).ifPresent(improvements::add);
            }
        }
        return improvements;
    }

    private void show() {
        YearMonth m = month.getValue();
        ReportFilter filter = ReportFilter.of(m.atDay(1), m.atEndOfMonth());
        ProcessSummary p = process.summary(filter);
        SatisfactionSummary s = satisfaction.summary(filter);
        BadReviewFigures bad = satisfaction.badReviews(filter);
        content.removeAll();
        H1 title = new H1(texts.t("reporting.monthly.title", texts.month(m)));
        title.setId("monthly-title");
        Div service = section(texts.t("reporting.monthly.service"), "monthly-process");
        MonthlyTables tables = new MonthlyTables(texts, export, m.toString());
        List<MonthlyTables.Line> serviceLines = tables.service(p);
        Div processFigures = MonthlyTables.figures(serviceLines);
        List<GroupFigures> departments = process.byDepartment(filter);
        service.add(processFigures,
                tables.figureExport(texts.t("reporting.monthly.service"), "monthly-service", serviceLines),
                svg(new HorizontalBarChart(texts.t("reporting.monthly.departments.chart"),
                        texts.t("reporting.monthly.department"), texts.t("reporting.monthly.departments.axis"),
                        ValueFormat.count(),
                        departments.stream().map(d -> HorizontalBarChart.Bar.of(d.name(), d.closed())).toList())
                        .toSvg(texts.locale()), "monthly-departments"),
                tables.departments(departments));
        List<StepFigures> steps = process.bottlenecks(filter);
        steps.stream().filter(step -> step.medianWaitHours() != null)
                .max(java.util.Comparator.comparingDouble(StepFigures::medianWaitHours))
                .ifPresent(slowest -> service.add(new Paragraph(texts.t("reporting.monthly.longestWait",
                        slowest.stepName(), texts.hours(slowest.medianWaitHours())))));

        Div citizens = section(texts.t("reporting.monthly.satisfaction"), "monthly-satisfaction");
        List<MonthlyTables.Line> citizenLines = tables.citizens(s, bad);
        Div satisfactionFigures = MonthlyTables.figures(citizenLines);
        citizens.add(satisfactionFigures,
                tables.figureExport(texts.t("reporting.monthly.satisfaction"), "monthly-citizens", citizenLines));
        Ranking ranking = satisfaction.ranking(filter, Ranking.Group.DEPARTMENT);
        citizens.add(svg(new HorizontalBarChart(texts.t("reporting.monthly.ranking.chart"),
                texts.t("reporting.monthly.department"), texts.t("reporting.satisfaction.goodReviewsAxis"),
                ValueFormat.percent(0), ranking.rows().stream().map(r -> HorizontalBarChart.Bar.withInterval(
                        texts.t("reporting.satisfaction.rankings.bar", r.name(), texts.integer(r.responses())),
                        r.goodRate(), r.low(), r.high())).toList())
                .toSvg(texts.locale()), "monthly-ranking"), tables.ranking(ranking));
        citizens.add(improvements(satisfaction.indicators(filter)));
        content.add(title);
        if (p.received() == 0 && p.closed() == 0 && s.responses() == 0) {
            // Zeros and dashes alone read like a broken page; say that the month itself was empty.
            Paragraph empty = new Paragraph(texts.t("reporting.monthly.empty", texts.month(m)));
            empty.setId("monthly-empty");
            content.add(empty);
        }
        content.add(service, citizens);
    }
}
