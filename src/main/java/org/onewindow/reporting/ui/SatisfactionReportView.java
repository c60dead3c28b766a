package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ProcessReportView.nullable;
import static org.onewindow.reporting.ui.ReportParts.decimal;
import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.figure;
import static org.onewindow.reporting.ui.ReportParts.percent;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.BadReviewFigures;
import org.onewindow.reporting.ChannelBias;
import org.onewindow.reporting.Comment;
import org.onewindow.reporting.DimensionReport;
import org.onewindow.reporting.LevelDistribution;
import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.SatisfactionReport;
import org.onewindow.reporting.SatisfactionReportService;
import org.onewindow.reporting.SatisfactionSummary;
import org.onewindow.reporting.SatisfactionTrendPoint;
import org.onewindow.reporting.internal.chart.HorizontalBarChart;
import org.onewindow.reporting.internal.chart.LineChart;
import org.onewindow.reporting.internal.chart.QuadrantChart;
import org.onewindow.reporting.internal.chart.StackedShareChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.ReportTable;
import org.onewindow.reporting.internal.stats.ImportancePerformance;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Where citizens are unhappy and why: rates, rankings, dimensions, reliability, trends, comments, bad reviews. */
@Route(value = "reports/satisfaction", layout = MainLayout.class)
@PageTitle("Satisfaction report | OneWindow")
@Menu(title = "reporting.menu.satisfaction", order = 71, icon = "vaadin:smiley-o")
@RolesAllowed(AppRoles.MANAGER)
public class SatisfactionReportView extends VerticalLayout {

    static final List<String> LEVELS = List.of("Very satisfied", "Satisfied", "Basically satisfied", "Dissatisfied",
            "Very dissatisfied");
    static final List<String> WORST_FIRST = List.of("Very dissatisfied", "Dissatisfied", "Basically satisfied",
            "Satisfied", "Very satisfied");

    private final transient org.onewindow.reporting.internal.export.TableExport export;
    private final transient SatisfactionReportService reports;
    private final HallDates dates;
    final ReportFilterBar filters;
    private final Div content = new Div();

    public SatisfactionReportView(SatisfactionReportService reports, DirectoryService directory, CatalogService catalog,
            HallDates dates, Clock clock) {
        this.reports = reports;
        this.export = new org.onewindow.reporting.internal.export.TableExport(clock.getZone());
        this.dates = dates;
        this.filters = new ReportFilterBar(directory, catalog, LocalDate.now(clock), this::show);
        content.setWidthFull();
        add(new H2("Satisfaction report"), new Paragraph("First answers of cases closed in the range; supplementary "
                + "reviews and reviews excluded after an upheld appeal do not count. Good review: very satisfied, "
                + "satisfied or basically satisfied."), filters, content);
        setMaxWidth("80em");
        show();
    }

    private void show() {
        ReportFilter filter = filters.value();
        content.removeAll();
        SatisfactionReport report;
        try {
            report = reports.report(filter, filters.granularity());
        } catch (InvalidInputException e) {
            filters.showErrors(e);
            return;
        }
        content.add(headline(report.summary()), bias(report.summary().channelBias()),
                rankings(filter, report.departmentRanking()), dimensions(report.dimensions()), trend(report.trend()),
                comments(filter, report.latestComments()), badReviews(report.badReviews()));
    }

    private Div headline(SatisfactionSummary s) {
        Div section = section("Headline", "report-satisfaction-headline");
        Div figures = new Div(figure("answers", String.valueOf(s.responses()), "figure-responses"),
                figure("response rate (of " + s.closedCases() + " closed)", percent(s.responseRate()), "figure-response-rate"),
                figure("good reviews", percent(s.levels().goodRate()), "figure-good-rate"),
                figure("bad reviews", percent(s.levels().badRate()), "figure-bad-rate"),
                figure("mean overall (1–5)", decimal(s.meanOverall(), 2), "figure-mean-overall"),
                figure("excluded after appeal", String.valueOf(s.excludedAfterAppeal()), "figure-excluded"));
        figures.addClassName("report-figures");
        List<StackedShareChart.Group> groups = new ArrayList<>();
        groups.add(group("All channels", s.levels()));
        s.byChannel().forEach(channel -> groups.add(group(channelName(channel.channel()), channel.levels())));
        // The chart wants its levels worst first, so that its red-to-blue scale reads the right way.
        section.add(figures, svg(new StackedShareChart("Answers by level and channel", "Channel", "Share of answers (%)",
                WORST_FIRST, groups).toSvg(), "chart-levels"));
        section.add(exports(export, "export-levels", "levels-by-channel", () -> new ReportTable("Levels by channel",
                List.of("Channel", "Answers", "Very satisfied", "Satisfied", "Basically satisfied", "Dissatisfied",
                        "Very dissatisfied", "Good-review rate", "Mean overall"),
                s.byChannel().stream().map(c -> List.<Object>of(channelName(c.channel()), c.levels().total(),
                        c.levels().verySatisfied(), c.levels().satisfied(), c.levels().basicallySatisfied(),
                        c.levels().dissatisfied(), c.levels().veryDissatisfied(), nullable(c.levels().goodRate()),
                        nullable(c.meanOverall()))).toList())));
        return section;
    }

    private Div bias(ChannelBias bias) {
        Div section = section("Ratings at the window against private ratings", "report-channel-bias");
        String text = switch (bias.verdict()) {
            case "SIGNIFICANT" -> String.format(java.util.Locale.ROOT, "Warning: ratings at the window kiosk differ "
                    + "significantly from ratings given privately (chi-square %.2f, %d degrees of freedom, p = %.4f). "
                    + "Citizens rating in front of staff may not say what they think; rely on the private channels.",
                    bias.statistic(), bias.degreesOfFreedom(), bias.pValue());
            case "NOT_SIGNIFICANT" -> String.format(java.util.Locale.ROOT, "No significant difference between ratings "
                    + "at the window and private ones (p = %.4f).", bias.pValue());
            case "NOT_RELIABLE" -> "Too few answers in one of the groups for the comparison to be trusted.";
            default -> "Nothing to compare: one of the groups has no answers in this selection.";
        };
        Paragraph message = new Paragraph(text);
        message.setId("channel-bias-message");
        if (bias.warning()) {
            message.addClassName("report-warning");
        }
        section.add(message, new Paragraph("Window kiosk: " + bias.kiosk().total() + " answers, "
                + percent(bias.kiosk().goodRate()) + " good. Link and phone: " + bias.privateChannels().total()
                + " answers, " + percent(bias.privateChannels().goodRate()) + " good."));
        return section;
    }

    private Div rankings(ReportFilter filter, Ranking departmentRanking) {
        Div section = section("Rankings by good-review rate", "report-rankings");
        Tab departments = new Tab("Departments");
        Tab items = new Tab("Service items");
        Tab staff = new Tab("Staff members");
        Tabs tabs = new Tabs(departments, items, staff);
        tabs.setId("ranking-tabs");
        Div body = new Div();
        Runnable render = () -> {
            Ranking.Group group = tabs.getSelectedTab() == items ? Ranking.Group.SERVICE_ITEM
                    : tabs.getSelectedTab() == staff ? Ranking.Group.STAFF : Ranking.Group.DEPARTMENT;
            body.removeAll();
            Ranking ranking = group == Ranking.Group.DEPARTMENT ? departmentRanking : reports.ranking(filter, group);
            body.add(svg(new HorizontalBarChart("Good-review rate with 95 % Wilson interval", tabs.getSelectedTab().getLabel(),
                    "Good reviews (%)", ValueFormat.percent(0), ranking.rows().stream().limit(20)
                            .map(r -> HorizontalBarChart.Bar.withInterval(r.name() + " (n=" + r.responses() + ")",
                                    r.goodRate(), r.low(), r.high())).toList()).toSvg(), "chart-ranking"));
            Grid<Ranking.Row> grid = new Grid<>(Ranking.Row.class, false);
            grid.setId("ranking-grid");
            grid.addColumn(r -> ranking.rows().indexOf(r) + 1).setHeader("#").setWidth("4em").setFlexGrow(0);
            grid.addColumn(Ranking.Row::name).setHeader("Name").setFlexGrow(2);
            grid.addColumn(Ranking.Row::responses).setHeader("Answers");
            grid.addColumn(r -> percent(r.goodRate())).setHeader("Good reviews");
            grid.addColumn(r -> percent(r.low()) + " – " + percent(r.high())).setHeader("95 % interval");
            grid.setItems(ranking.rows());
            grid.setAllRowsVisible(ranking.rows().size() <= 25);
            body.add(grid, new Paragraph(ranking.hiddenGroups() == 0 ? "Every group has enough answers to rank."
                    : ranking.hiddenGroups() + " with fewer than " + ranking.minimumSample()
                            + " answers are not ranked: their rate would say more about chance than about the service."),
                    exports(export, "export-ranking", "ranking-" + group.name().toLowerCase(), () -> new ReportTable(
                            "Ranking " + group.name().toLowerCase(), List.of("Rank", "Code", "Name", "Answers",
                                    "Good reviews", "Good-review rate", "95% low", "95% high"),
                            ranking.rows().stream().map(r -> List.<Object>of(ranking.rows().indexOf(r) + 1, r.code(),
                                    r.name(), r.responses(), r.good(), r.goodRate(), r.low(), r.high())).toList())));
        };
        tabs.addSelectedChangeListener(event -> render.run());
        render.run();
        section.add(tabs, body);
        return section;
    }

    private Div dimensions(DimensionReport report) {
        Div section = section("Dimensions, importance and reliability", "report-dimensions");
        Grid<DimensionReport.Dimension> grid = new Grid<>(DimensionReport.Dimension.class, false);
        grid.setId("dimension-grid");
        grid.addColumn(DimensionReport.Dimension::label).setHeader("Dimension");
        grid.addColumn(d -> decimal(d.mean(), 2)).setHeader("Mean (1–5)");
        grid.addColumn(d -> decimal(d.importance(), 2)).setHeader("Importance (r with overall)");
        grid.addColumn(d -> d.quadrant() == null ? "–" : d.quadrant()).setHeader("Quadrant");
        grid.addColumn(d -> {
            int index = report.dimensions().indexOf(d);
            return index < report.alphaIfItemDeleted().size() ? decimal(report.alphaIfItemDeleted().get(index), 3) : "–";
        }).setHeader("Alpha if deleted");
        grid.setItems(report.dimensions());
        grid.setAllRowsVisible(true);
        Paragraph alpha = new Paragraph("Cronbach's alpha of the five items: " + decimal(report.alpha(), 3) + " (n = "
                + report.answers() + " answers)" + (report.alpha() == null ? "" : report.alpha() >= 0.7
                        ? ": the items measure one thing consistently." : ": below 0.7, read the dimensions with care."));
        alpha.setId("reliability-alpha");
        section.add(grid, alpha);
        List<ImportancePerformance.Dimension> points = report.dimensions().stream()
                .filter(d -> d.importance() != null && d.mean() != null)
                .map(d -> new ImportancePerformance.Dimension(d.label(), d.importance(), d.mean())).toList();
        if (!points.isEmpty()) {
            section.add(svg(QuadrantChart.importancePerformance("Importance–performance analysis",
                    "Performance: mean score (1–5)", "Importance: correlation with the overall rating",
                    ImportancePerformance.analyse(points)).toSvg(), "chart-ipa"));
        }
        section.add(exports(export, "export-dimensions", "dimensions", () -> new ReportTable("Dimensions",
                List.of("Dimension", "Mean", "Importance", "Quadrant", "Alpha if deleted"),
                report.dimensions().stream().map(d -> {
                    int index = report.dimensions().indexOf(d);
                    return List.<Object>of(d.label(), nullable(d.mean()), nullable(d.importance()),
                            d.quadrant() == null ? "" : d.quadrant(), index < report.alphaIfItemDeleted().size()
                                    ? nullable(report.alphaIfItemDeleted().get(index)) : "");
                }).toList())));
        return section;
    }

    private Div trend(List<SatisfactionTrendPoint> points) {
        Div section = section("Trend", "report-satisfaction-trend");
        List<String> labels = points.stream().map(SatisfactionTrendPoint::label).toList();
        section.add(svg(new LineChart("Good-review rate", "Period (by closing date)", "Good reviews (%)",
                ValueFormat.percent(0), labels, List.of(new LineChart.Series("Good reviews",
                        points.stream().map(SatisfactionTrendPoint::goodRate).toList())), false).toSvg(), "chart-good-trend"));
        section.add(svg(new LineChart("Mean overall rating", "Period (by closing date)", "Mean score (1–5)",
                ValueFormat.decimal(2, ""), labels, List.of(new LineChart.Series("Mean overall",
                        points.stream().map(SatisfactionTrendPoint::meanOverall).toList())), false).toSvg(), "chart-mean-trend"));
        section.add(exports(export, "export-satisfaction-trend", "satisfaction-trend", () -> new ReportTable("Satisfaction trend",
                List.of("Period", "Starts", "Answers", "Good-review rate", "Mean overall"),
                points.stream().map(p -> List.<Object>of(p.label(), p.start(), p.responses(), nullable(p.goodRate()),
                        nullable(p.meanOverall()))).toList())));
        return section;
    }

    private Div comments(ReportFilter filter, List<Comment> latest) {
        Div section = section("Comments", "report-comments");
        Checkbox badOnly = new Checkbox("Bad reviews only");
        badOnly.setId("comments-bad-only");
        Grid<Comment> grid = new Grid<>(Comment.class, false);
        grid.setId("comments-grid");
        grid.addColumn(c -> dates.dateTime(c.answeredAt())).setHeader("Answered").setAutoWidth(true);
        grid.addColumn(Comment::caseNumber).setHeader("Case").setAutoWidth(true);
        grid.addColumn(Comment::serviceItemName).setHeader("Item");
        grid.addColumn(c -> LEVELS.get(5 - c.overall()) + (c.supplementary() ? " (supplementary)" : ""))
                .setHeader("Rating").setAutoWidth(true);
        grid.addColumn(c -> channelName(c.channel())).setHeader("Channel").setAutoWidth(true);
        grid.addColumn(Comment::text).setHeader("Comment").setFlexGrow(3);
        grid.setItems(latest);
        badOnly.addValueChangeListener(event -> grid.setItems(reports.comments(filter, badOnly.getValue(), 0, 200)));
        grid.setHeight("24em");
        section.add(badOnly, grid, exports(export, "export-comments", "comments", () -> new ReportTable("Comments",
                List.of("Answered", "Case", "Item", "Department", "Rating", "Channel", "Supplementary", "Comment"),
                reports.comments(filter, badOnly.getValue(), 0, 500).stream().map(c -> List.<Object>of(c.answeredAt(),
                        c.caseNumber(), c.serviceItemName(), c.departmentCode(), c.overall(), c.channel(),
                        c.supplementary() ? "yes" : "no", c.text())).toList())));
        return section;
    }

    private Div badReviews(BadReviewFigures f) {
        Div section = section("Bad reviews and their rectification", "report-bad-reviews");
        Div figures = new Div(figure("bad reviews", String.valueOf(f.badReviews()), "figure-bad-reviews"),
                figure("verified on time", percent(f.verifiedOnTimeRate()) + " of " + f.verified(), "figure-verified-on-time"),
                figure("rectified on time", percent(f.rectifiedOnTimeRate()) + " of " + f.rectified(), "figure-rectified-on-time"),
                figure("appeals (upheld / rejected)", f.appeals() + " (" + f.appealsUpheld() + " / " + f.appealsRejected() + ")",
                        "figure-appeals"),
                figure("still open", String.valueOf(f.open()), "figure-bad-open"));
        figures.addClassName("report-figures");
        com.vaadin.flow.component.html.Anchor list = new com.vaadin.flow.component.html.Anchor("bad-reviews",
                "Each bad review with its verification, rectification and appeal");
        list.setId("report-bad-review-list");
        section.add(figures, list);
        return section;
    }

    private static StackedShareChart.Group group(String name, LevelDistribution levels) {
        long[] counts = levels.counts();
        return new StackedShareChart.Group(name, List.of(counts[4], counts[3], counts[2], counts[1], counts[0]));
    }

    static String channelName(String channel) {
        return switch (channel) {
            case "LINK" -> "Survey link";
            case "KIOSK" -> "Window kiosk";
            case "PHONE" -> "Phone follow-up";
            default -> channel;
        };
    }
}
