package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.figure;
import static org.onewindow.reporting.ui.ReportParts.nullable;
import static org.onewindow.reporting.ui.ReportParts.section;
import static org.onewindow.reporting.ui.ReportParts.svg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.BadReviewFigures;
import org.onewindow.reporting.ChannelBias;
import org.onewindow.reporting.Comment;
import org.onewindow.reporting.DimensionReport;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.LevelDistribution;
import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.SatisfactionReport;
import org.onewindow.reporting.SatisfactionReportService;
import org.onewindow.reporting.SatisfactionSummary;
import org.onewindow.reporting.SatisfactionTrendPoint;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.chart.HorizontalBarChart;
import org.onewindow.reporting.internal.chart.LineChart;
import org.onewindow.reporting.internal.chart.StackedShareChart;
import org.onewindow.reporting.internal.chart.ValueFormat;
import org.onewindow.reporting.internal.export.TableExport;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.LocaleFormats;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/** Where citizens are unhappy and why: rates, rankings, dimensions, reliability, trends, comments, bad reviews. */
@Route(value = "reports/satisfaction", layout = MainLayout.class)
@Menu(title = "reporting.menu.satisfaction", order = 71, icon = "vaadin:smiley-o")
@RolesAllowed(AppRoles.MANAGER)
public class SatisfactionReportView extends VerticalLayout implements HasDynamicTitle {

    /** The scores of the five levels, from very satisfied (5) to very dissatisfied (1). */
    static final List<Integer> BEST_FIRST = List.of(5, 4, 3, 2, 1);
    /** The chart wants its levels worst first, so that its red-to-blue scale reads the right way. */
    static final List<Integer> WORST_FIRST = List.of(1, 2, 3, 4, 5);

    private final transient TableExport export;
    private final transient SatisfactionReportService reports;
    /** The page's language, captured here: the report's queries and its downloads run on other threads. */
    private final transient ReportTexts texts;
    private final HallDates dates;
    final ReportFilterBar filters;
    private final Div content = new Div();

    public SatisfactionReportView(SatisfactionReportService reports, DirectoryService directory, CatalogService catalog,
            HallDates dates, Clock clock) {
        this.reports = reports;
        this.texts = ReportTexts.of(getLocale());
        this.export = new TableExport(clock.getZone());
        this.dates = dates;
        this.filters = new ReportFilterBar(texts, directory, catalog, LocalDate.now(clock), this::show);
        content.setWidthFull();
        add(new H2(texts.t("reporting.satisfaction.title")), new Paragraph(texts.t("reporting.satisfaction.intro")),
                filters, content);
        setMaxWidth("80em");
        show();
    }

    @Override
    public String getPageTitle() {
        return texts.t("reporting.satisfaction.pageTitle");
    }

    private void show() {
        ReportFilter filter = filters.value();
        Granularity granularity = filters.granularity();
        content.removeAll();
        SatisfactionReport report;
        try {
            report = reports.report(filter, granularity);
        } catch (InvalidInputException e) {
            filters.showErrors(e);
            return;
        }
        content.add(headline(report.summary()), bias(report.summary().channelBias()), NoticeReprintsSection.of(texts, export, report.noticeReprints()),
                rankings(filter, report.departmentRanking()), dimensions(report.dimensions()),
                trend(report.trend(), granularity), comments(filter, report.latestComments()),
                badReviews(report.badReviews()));
    }

    private Div headline(SatisfactionSummary s) {
        Div section = section(texts.t("reporting.satisfaction.headline"), "report-satisfaction-headline");
        Div figures = new Div(
                figure(texts.t("reporting.satisfaction.figure.responses"), texts.integer(s.responses()), "figure-responses"),
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
                () -> s.byChannel().stream().map(c -> List.<Object>of(texts.channel(c.channel()), c.levels().total(),
                        c.levels().verySatisfied(), c.levels().satisfied(), c.levels().basicallySatisfied(),
                        c.levels().dissatisfied(), c.levels().veryDissatisfied(), nullable(c.levels().goodRate()),
                        nullable(c.meanOverall()))).toList()));
        return section;
    }

    private Div bias(ChannelBias bias) {
        Div section = section(texts.t("reporting.satisfaction.bias"), "report-channel-bias");
        Paragraph message = new Paragraph(biasMessage(bias));
        message.setId("channel-bias-message");
        if (bias.warning()) {
            message.addClassName("report-warning");
        }
        section.add(message, new Paragraph(texts.t("reporting.satisfaction.bias.counts",
                texts.integer(bias.kiosk().total()), texts.percent(bias.kiosk().goodRate()),
                texts.integer(bias.privateChannels().total()), texts.percent(bias.privateChannels().goodRate()))));
        return section;
    }

    /** What the chi-square comparison lets a manager conclude, with its figures. */
    String biasMessage(ChannelBias bias) {
        return switch (bias.verdict()) {
            case "SIGNIFICANT" -> texts.t("reporting.satisfaction.bias.SIGNIFICANT", texts.decimal(bias.statistic(), 2),
                    bias.degreesOfFreedom() == null ? ReportTexts.NONE : texts.integer(bias.degreesOfFreedom()),
                    texts.decimal(bias.pValue(), 4));
            case "NOT_SIGNIFICANT" -> texts.t("reporting.satisfaction.bias.NOT_SIGNIFICANT",
                    texts.decimal(bias.pValue(), 4));
            case "NOT_RELIABLE" -> texts.t("reporting.satisfaction.bias.NOT_RELIABLE");
            default -> texts.t("reporting.satisfaction.bias.NOT_TESTABLE");
        };
    }

    private Div rankings(ReportFilter filter, Ranking departmentRanking) {
        Div section = section(texts.t("reporting.satisfaction.rankings"), "report-rankings");
        Tab departments = new Tab(rankingGroup(Ranking.Group.DEPARTMENT));
        Tab items = new Tab(rankingGroup(Ranking.Group.SERVICE_ITEM));
        Tab staff = new Tab(rankingGroup(Ranking.Group.STAFF));
        Tabs tabs = new Tabs(departments, items, staff);
        tabs.setId("ranking-tabs");
        Div body = new Div();
        Runnable render = () -> {
            Ranking.Group group = tabs.getSelectedTab() == items ? Ranking.Group.SERVICE_ITEM
                    : tabs.getSelectedTab() == staff ? Ranking.Group.STAFF : Ranking.Group.DEPARTMENT;
            body.removeAll();
            Ranking ranking = group == Ranking.Group.DEPARTMENT ? departmentRanking : reports.ranking(filter, group);
            body.add(svg(new HorizontalBarChart(texts.t("reporting.satisfaction.rankings.chart"), rankingGroup(group),
                    texts.t("reporting.satisfaction.goodReviewsAxis"), ValueFormat.percent(0), ranking.rows().stream()
                            .limit(20).map(r -> HorizontalBarChart.Bar.withInterval(withCount(r.name(), r.responses()),
                                    r.goodRate(), r.low(), r.high())).toList()).toSvg(texts.locale()), "chart-ranking"));
            Grid<Ranking.Row> grid = new Grid<>(Ranking.Row.class, false);
            grid.setId("ranking-grid");
            grid.addColumn(r -> texts.integer(ranking.rows().indexOf(r) + 1L)).setHeader("#").setWidth("4em").setFlexGrow(0);
            grid.addColumn(Ranking.Row::name).setHeader(texts.t("reporting.export.name")).setFlexGrow(2);
            grid.addColumn(r -> texts.integer(r.responses())).setHeader(texts.t("reporting.satisfaction.column.answers"));
            grid.addColumn(r -> texts.percent(r.goodRate())).setHeader(texts.t("reporting.satisfaction.column.goodRate"));
            grid.addColumn(r -> texts.t("reporting.satisfaction.rankings.interval", texts.percent(r.low()),
                    texts.percent(r.high()))).setHeader(texts.t("reporting.satisfaction.column.interval"));
            grid.setItems(ranking.rows());
            grid.setAllRowsVisible(ranking.rows().size() <= 25);
            Paragraph hidden = new Paragraph(ranking.hiddenGroups() == 0
                    ? texts.t("reporting.satisfaction.rankings.allRanked")
                    : texts.t("reporting.satisfaction.rankings.hidden", texts.integer(ranking.hiddenGroups()),
                            texts.integer(ranking.minimumSample())));
            String file = "ranking-" + group.name().toLowerCase(Locale.ROOT);
            body.add(grid, hidden, exports(texts, export, "export-ranking", file,
                    texts.t("reporting.satisfaction.rankings.export", rankingGroup(group)),
                    List.of(texts.t("reporting.satisfaction.column.rank"), texts.t("reporting.export.code"),
                            texts.t("reporting.export.name"), texts.t("reporting.satisfaction.column.answers"),
                            texts.t("reporting.satisfaction.column.goodCount"),
                            texts.t("reporting.satisfaction.column.goodRate"),
                            texts.t("reporting.satisfaction.column.low"), texts.t("reporting.satisfaction.column.high")),
                    () -> ranking.rows().stream().map(r -> List.<Object>of(ranking.rows().indexOf(r) + 1, r.code(),
                            r.name(), r.responses(), r.good(), r.goodRate(), r.low(), r.high())).toList()));
        };
        tabs.addSelectedChangeListener(event -> render.run());
        render.run();
        section.add(tabs, body);
        return section;
    }

    String rankingGroup(Ranking.Group group) {
        return texts.t("reporting.ranking.group." + group.name());
    }

    /** A name with its number of answers, "HRSS (n=25)": the reader weighs a rate by it. */
    private String withCount(String name, long responses) {
        return texts.t("reporting.satisfaction.rankings.bar", name, texts.integer(responses));
    }

    private Div dimensions(DimensionReport report) {
        Div section = section(texts.t("reporting.satisfaction.dimensions"), "report-dimensions");
        Grid<DimensionReport.Dimension> grid = new Grid<>(DimensionReport.Dimension.class, false);
        grid.setId("dimension-grid");
        grid.addColumn(d -> texts.dimension(d.key())).setHeader(texts.t("reporting.satisfaction.column.dimension"));
        grid.addColumn(d -> texts.decimal(d.mean(), 2)).setHeader(texts.t("reporting.satisfaction.column.meanScore"));
        grid.addColumn(d -> texts.decimal(d.importance(), 2))
                .setHeader(texts.t("reporting.satisfaction.column.importanceR"));
        grid.addColumn(d -> d.quadrant() == null ? ReportTexts.NONE : texts.quadrant(d.quadrant()))
                .setHeader(texts.t("reporting.satisfaction.column.quadrant"));
        grid.addColumn(d -> alphaIfDeleted(report, d) instanceof Double alpha ? texts.decimal(alpha, 3) : ReportTexts.NONE)
                .setHeader(texts.t("reporting.satisfaction.column.alphaIfDeleted"));
        grid.setItems(report.dimensions());
        grid.setAllRowsVisible(true);
        String alphaKey = report.alpha() == null ? "reporting.satisfaction.alpha.none"
                : report.alpha() >= 0.7 ? "reporting.satisfaction.alpha.consistent" : "reporting.satisfaction.alpha.low";
        Paragraph alpha = new Paragraph(texts.t(alphaKey, texts.decimal(report.alpha(), 3),
                texts.integer(report.answers())));
        alpha.setId("reliability-alpha");
        section.add(grid, alpha);
        ImportancePerformanceChart.of(texts, texts.t("reporting.satisfaction.ipa"), report, "chart-ipa")
                .ifPresent(section::add);
        section.add(exports(texts, export, "export-dimensions", "dimensions",
                texts.t("reporting.satisfaction.dimensions.export"),
                List.of(texts.t("reporting.satisfaction.column.dimension"), texts.t("reporting.satisfaction.column.mean"),
                        texts.t("reporting.satisfaction.column.importance"),
                        texts.t("reporting.satisfaction.column.quadrant"),
                        texts.t("reporting.satisfaction.column.alphaIfDeleted")),
                () -> report.dimensions().stream().map(d -> List.<Object>of(texts.dimension(d.key()), nullable(d.mean()),
                        nullable(d.importance()), d.quadrant() == null ? "" : texts.quadrant(d.quadrant()),
                        alphaIfDeleted(report, d))).toList()));
        return section;
    }

    /** Cronbach's alpha without this dimension, or an empty cell when it could not be computed. */
    private static Object alphaIfDeleted(DimensionReport report, DimensionReport.Dimension dimension) {
        int index = report.dimensions().indexOf(dimension);
        return index < report.alphaIfItemDeleted().size() ? nullable(report.alphaIfItemDeleted().get(index)) : "";
    }

    private Div trend(List<SatisfactionTrendPoint> points, Granularity granularity) {
        Div section = section(texts.t("reporting.satisfaction.trend"), "report-satisfaction-trend");
        List<String> labels = points.stream().map(p -> texts.period(p.start(), granularity)).toList();
        String period = texts.t("reporting.satisfaction.trend.period");
        section.add(svg(new LineChart(texts.t("reporting.satisfaction.trend.good"), period,
                texts.t("reporting.satisfaction.goodReviewsAxis"), ValueFormat.percent(0), labels,
                List.of(new LineChart.Series(texts.t("reporting.satisfaction.trend.goodSeries"),
                        points.stream().map(SatisfactionTrendPoint::goodRate).toList())), false)
                .toSvg(texts.locale()), "chart-good-trend"));
        section.add(svg(new LineChart(texts.t("reporting.satisfaction.trend.mean"), period,
                texts.t("reporting.satisfaction.trend.meanAxis"), ValueFormat.decimal(2, ""), labels,
                List.of(new LineChart.Series(texts.t("reporting.satisfaction.trend.meanSeries"),
                        points.stream().map(SatisfactionTrendPoint::meanOverall).toList())), false)
                .toSvg(texts.locale()), "chart-mean-trend"));
        // The export keeps ISO periods (2025-W10, 2025-03) beside each period's first day: data for a spreadsheet.
        section.add(exports(texts, export, "export-satisfaction-trend", "satisfaction-trend",
                texts.t("reporting.satisfaction.trend.export"), List.of(texts.t("reporting.export.period"),
                        texts.t("reporting.export.starts"), texts.t("reporting.satisfaction.column.answers"),
                        texts.t("reporting.satisfaction.column.goodRate"),
                        texts.t("reporting.satisfaction.column.meanOverall")),
                () -> points.stream().map(p -> List.<Object>of(p.label(), p.start(), p.responses(),
                        nullable(p.goodRate()), nullable(p.meanOverall()))).toList()));
        return section;
    }

    private Div comments(ReportFilter filter, List<Comment> latest) {
        Div section = section(texts.t("reporting.satisfaction.comments"), "report-comments");
        Checkbox badOnly = new Checkbox(texts.t("reporting.satisfaction.comments.badOnly"));
        badOnly.setId("comments-bad-only");
        Grid<Comment> grid = new Grid<>(Comment.class, false);
        grid.setId("comments-grid");
        grid.addColumn(c -> LocaleFormats.dateTime(c.answeredAt(), dates.zone(), texts.locale())).setHeader(texts.t("reporting.satisfaction.column.answered"))
                .setAutoWidth(true);
        grid.addColumn(Comment::caseNumber).setHeader(texts.t("reporting.satisfaction.column.case")).setAutoWidth(true);
        grid.addColumn(Comment::serviceItemName).setHeader(texts.t("reporting.satisfaction.column.item"));
        grid.addColumn(this::rating).setHeader(texts.t("reporting.satisfaction.column.rating")).setAutoWidth(true);
        grid.addColumn(c -> texts.channel(c.channel())).setHeader(texts.t("reporting.satisfaction.column.channel"))
                .setAutoWidth(true);
        grid.addColumn(Comment::text).setHeader(texts.t("reporting.satisfaction.column.comment")).setFlexGrow(3);
        grid.setItems(latest);
        grid.setHeight("24em");
        // The box as the download will read it: kept here on the UI thread, as the download runs without the screen.
        boolean[] onlyBad = { false };
        badOnly.addValueChangeListener(event -> {
            onlyBad[0] = event.getValue();
            grid.setItems(reports.comments(filter, onlyBad[0], 0, 200));
        });
        // Codes and scores as they are stored, for a spreadsheet; the flag in words, in the page's language.
        section.add(badOnly, grid, exports(texts, export, "export-comments", "comments",
                texts.t("reporting.satisfaction.comments"), List.of(texts.t("reporting.satisfaction.column.answered"),
                        texts.t("reporting.satisfaction.column.case"), texts.t("reporting.satisfaction.column.item"),
                        texts.t("reporting.satisfaction.column.department"), texts.t("reporting.satisfaction.column.rating"),
                        texts.t("reporting.satisfaction.column.channel"),
                        texts.t("reporting.satisfaction.column.supplementary"),
                        texts.t("reporting.satisfaction.column.comment")),
                () -> reports.comments(filter, onlyBad[0], 0, 500).stream().map(c -> List.<Object>of(c.answeredAt(),
                        c.caseNumber(), c.serviceItemName(), c.departmentCode(), c.overall(), c.channel(),
                        texts.t(c.supplementary() ? "reporting.export.yes" : "reporting.export.no"), c.text())).toList()));
        return section;
    }

    /** "Very satisfied", or "Dissatisfied (supplementary)" for a review added after the first one. */
    private String rating(Comment comment) {
        String level = texts.level(comment.overall());
        return comment.supplementary() ? texts.t("reporting.satisfaction.comments.supplementary", level) : level;
    }

    private Div badReviews(BadReviewFigures f) {
        Div section = section(texts.t("reporting.satisfaction.badReviews"), "report-bad-reviews");
        Div figures = new Div(
                figure(texts.t("reporting.satisfaction.badReviews.count"), texts.integer(f.badReviews()),
                        "figure-bad-reviews"),
                figure(texts.t("reporting.satisfaction.badReviews.verified"),
                        texts.t("reporting.satisfaction.badReviews.ofTotal", texts.percent(f.verifiedOnTimeRate()),
                                texts.integer(f.verified())), "figure-verified-on-time"),
                figure(texts.t("reporting.satisfaction.badReviews.rectified"),
                        texts.t("reporting.satisfaction.badReviews.ofTotal", texts.percent(f.rectifiedOnTimeRate()),
                                texts.integer(f.rectified())), "figure-rectified-on-time"),
                figure(texts.t("reporting.satisfaction.badReviews.appeals"),
                        texts.t("reporting.satisfaction.badReviews.appealsValue", texts.integer(f.appeals()),
                                texts.integer(f.appealsUpheld()), texts.integer(f.appealsRejected())), "figure-appeals"),
                figure(texts.t("reporting.satisfaction.badReviews.open"), texts.integer(f.open()), "figure-bad-open"));
        figures.addClassName("report-figures");
        Anchor list = new Anchor("bad-reviews", texts.t("reporting.satisfaction.badReviews.list"));
        list.setId("report-bad-review-list");
        section.add(figures, list);
        return section;
    }

    private static StackedShareChart.Group group(String name, LevelDistribution levels) {
        long[] counts = levels.counts();
        return new StackedShareChart.Group(name, List.of(counts[4], counts[3], counts[2], counts[1], counts[0]));
    }
}
