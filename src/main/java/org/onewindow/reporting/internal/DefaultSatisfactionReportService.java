package org.onewindow.reporting.internal;

import org.onewindow.shared.i18n.Translations;

import static org.onewindow.reporting.internal.DefaultProcessReportService.number;
import static org.onewindow.reporting.internal.DefaultProcessReportService.responseConditions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.BadReviewFigures;
import org.onewindow.reporting.ChannelBias;
import org.onewindow.reporting.Comment;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.IndicatorReport;
import org.onewindow.reporting.LevelDistribution;
import org.onewindow.reporting.NoticeReprints;
import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.SatisfactionReport;
import org.onewindow.reporting.SatisfactionReportService;
import org.onewindow.reporting.SatisfactionSummary;
import org.onewindow.reporting.SatisfactionTrendPoint;
import org.onewindow.reporting.internal.stats.ChiSquareComparison;
import org.onewindow.reporting.internal.stats.WilsonInterval;
import org.onewindow.shared.AppRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

/**
 * The satisfaction report's SQL over {@code sat_response} (first answers that count: not supplementary, not
 * excluded after an appeal), {@code sat_rectification}, {@code sat_appeal} and {@code sat_notice_print}; the
 * indicators' analysis per set version by {@link IndicatorQueries}.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.MANAGER)
class DefaultSatisfactionReportService implements SatisfactionReportService {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DirectoryService directory;
    private final ReportingProperties properties;
    private final ReportPages pages;
    private final IndicatorQueries indicatorQueries;

    DefaultSatisfactionReportService(JdbcClient jdbc, Clock clock, DirectoryService directory,
            ReportingProperties properties, ReportPages pages, IndicatorQueries indicatorQueries) {
        this.pages = pages;
        this.indicatorQueries = indicatorQueries;
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.properties = properties;
    }

    @Override
    public SatisfactionReport report(ReportFilter filter, Granularity granularity) {
        filter.validated();
        var summary = pages.start(() -> summary(filter));
        var ranking = pages.start(() -> ranking(filter, Ranking.Group.DEPARTMENT));
        var indicators = pages.start(() -> indicators(filter));
        var trend = pages.start(() -> trend(filter, granularity));
        var comments = pages.start(() -> comments(filter, false, 0, 200));
        var badReviews = pages.start(() -> badReviews(filter));
        var reprints = pages.start(() -> noticeReprints(filter));
        return new SatisfactionReport(ReportPages.join(summary), ReportPages.join(ranking),
                ReportPages.join(indicators),
                ReportPages.join(trend), ReportPages.join(comments), ReportPages.join(badReviews),
                ReportPages.join(reprints));
    }

    @Override
    public SatisfactionSummary summary(ReportFilter filter) {
        ReportWindow window = window(filter);
        long closed = jdbc.sql("select count(*) from intake_case c where c.status = 'CLOSED' and c.closed_at >= :start "
                + "and c.closed_at < :end" + window.caseConditions("c")).params(window.params()).query(Long.class)
                .single();
        Map<String, long[]> byChannel = countsByChannel(filter, window);
        long[] all = new long[6];
        List<SatisfactionSummary.ChannelFigures> channels = new ArrayList<>();
        byChannel.forEach((channel, counts) -> {
            for (int score = 1; score <= 5; score++) {
                all[score] += counts[score];
            }
            channels.add(
                    new SatisfactionSummary.ChannelFigures(channel, LevelDistribution.ofScores(counts), mean(counts)));
        });
        LevelDistribution levels = LevelDistribution.ofScores(all);
        long excluded = jdbc.sql("select count(*) from sat_response r"
                + (filter.channel() == null ? "" : " join intake_case c on c.case_number = r.case_number")
                + " where r.supplementary = false and r.exclusion_reason is not null and r.closed_at >= :start "
                + "and r.closed_at < :end" + responseConditions(filter)).params(window.params()).query(Long.class)
                .single();
        long[] kiosk = byChannel.getOrDefault("KIOSK", new long[6]);
        long[] privately = new long[6];
        for (int score = 1; score <= 5; score++) {
            privately[score] = all[score] - kiosk[score];
        }
        return new SatisfactionSummary(closed, levels.total(), closed == 0 ? null : (double) levels.total() / closed,
                levels, mean(all), channels, excluded, bias(kiosk, privately));
    }

    @Override
    public Ranking ranking(ReportFilter filter, Ranking.Group group) {
        ReportWindow window = window(filter);
        String key = switch (group) {
            case DEPARTMENT -> "r.lead_department_code";
            case SERVICE_ITEM -> "r.service_item_code";
            case STAFF -> "r.delivered_by";
        };
        List<Ranking.Row> rows = new ArrayList<>();
        int[] hidden = { 0 };
        int minimum = Math.max(1, properties.minimumSample());
        jdbc.sql("select " + key + ", count(*), sum(case when r.overall >= 3 then 1 else 0 end) " + counted(filter)
                + " and " + key + " is not null group by " + key).params(window.params()).query((rs, i) -> {
                    long n = rs.getLong(2);
                    long good = rs.getLong(3);
                    if (n < minimum) {
                        hidden[0]++;
                    } else {
                        WilsonInterval.Interval interval = WilsonInterval.of(good, n);
                        rows.add(new Ranking.Row(rs.getString(1), name(group, rs.getString(1)), n, good,
                                (double) good / n,
                                interval.low(), interval.high()));
                    }
                    return n;
                }).list();
        rows.sort((a, b) -> a.goodRate() != b.goodRate() ? Double.compare(b.goodRate(), a.goodRate())
                : Long.compare(b.responses(), a.responses()));
        return new Ranking(rows, hidden[0], minimum);
    }

    @Override
    public IndicatorReport indicators(ReportFilter filter) {
        return indicatorQueries.report(filter, window(filter), clock.getZone());
    }

    @Override
    public List<SatisfactionTrendPoint> trend(ReportFilter filter, Granularity granularity) {
        ReportWindow window = window(filter);
        List<LocalDate> starts = window.buckets(granularity);
        Map<String, Object> params = window.params();
        String bucket = window.bucketExpression("r.closed_at", starts, params);
        long[] responses = new long[starts.size()];
        Double[] good = new Double[starts.size()];
        Double[] mean = new Double[starts.size()];
        jdbc.sql("select bucket, count(*), avg(good), avg(overall) from (select " + bucket + " as bucket, "
                + "case when r.overall >= 3 then 1.0 else 0.0 end as good, cast(r.overall as double precision) as overall "
                + counted(filter) + ") b group by bucket").params(params).query((rs, i) -> {
                    int index = rs.getInt(1);
                    responses[index] = rs.getLong(2);
                    good[index] = number(rs.getObject(3));
                    mean[index] = number(rs.getObject(4));
                    return index;
                }).list();
        List<SatisfactionTrendPoint> points = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            points.add(new SatisfactionTrendPoint(starts.get(i), ReportWindow.label(starts.get(i), granularity),
                    responses[i], good[i], mean[i]));
        }
        return points;
    }

    @Override
    public List<Comment> comments(ReportFilter filter, boolean badOnly, int offset, int limit) {
        ReportWindow window = window(filter);
        Map<String, Object> params = window.params();
        params.put("offset", Math.max(0, offset));
        params.put("limit", Math.max(1, Math.min(limit, 500)));
        // Supplementary reviews count here: what the citizen added after the rectification matters to read.
        // The invitation kept the item's names in both languages (satisfaction-009): the reader's is read.
        String itemName = ItemNames.column("i", english() ? Translations.ENGLISH : Translations.CHINESE);
        return jdbc.sql("select r.case_number, " + itemName + ", r.lead_department_code, r.overall, r.channel, "
                + "r.answered_at, r.comment, r.supplementary from sat_response r join sat_invitation i on i.id = r.invitation_id"
                + (filter.channel() == null ? "" : " join intake_case c on c.case_number = r.case_number")
                + " where r.comment is not null and r.exclusion_reason is null and r.closed_at >= :start and r.closed_at < :end"
                + responseConditions(filter) + (badOnly ? " and r.overall <= 2" : "")
                + " order by r.answered_at desc, r.id desc offset :offset rows fetch next :limit rows only")
                .params(params).query((rs, i) -> new Comment(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getString(5), rs.getObject(6, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(7), rs.getBoolean(8)))
                .list();
    }

    @Override
    public BadReviewFigures badReviews(ReportFilter filter) {
        ReportWindow window = window(filter);
        String conditions = (filter.departmentCode() == null ? "" : " and x.department_code = :department")
                + (filter.serviceItemCode() == null ? "" : " and x.service_item_code = :item")
                + (filter.channel() == null ? "" : " and c.channel = :channel");
        return jdbc.sql("""
                select count(*),
                    sum(case when x.verified_at is not null then 1 else 0 end),
                    sum(case when x.verified_at is not null and x.verified_at <= x.verify_due_at then 1 else 0 end),
                    sum(case when x.rectified_at is not null then 1 else 0 end),
                    sum(case when x.rectified_at is not null and x.rectified_at <= x.rectify_due_at then 1 else 0 end),
                    sum(case when a.id is not null then 1 else 0 end),
                    sum(case when a.upheld = true then 1 else 0 end),
                    sum(case when a.upheld = false then 1 else 0 end),
                    sum(case when x.stage in ('VERIFYING', 'APPEALED', 'RECTIFYING') then 1 else 0 end)
                from sat_rectification x left join sat_appeal a on a.rectification_id = x.id"""
                + (filter.channel() == null ? "" : " join intake_case c on c.case_number = x.case_number")
                + " where x.closed_at >= :start and x.closed_at < :end" + conditions).params(window.params())
                .query((rs, i) -> new BadReviewFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8), rs.getLong(9)))
                .single();
    }

    @Override
    public ChannelBias channelBias(ReportFilter filter) {
        Map<String, long[]> byChannel = countsByChannel(filter, window(filter));
        long[] kiosk = byChannel.getOrDefault("KIOSK", new long[6]);
        long[] privately = new long[6];
        byChannel.forEach((channel, counts) -> {
            if (!"KIOSK".equals(channel)) {
                for (int score = 1; score <= 5; score++) {
                    privately[score] += counts[score];
                }
            }
        });
        return bias(kiosk, privately);
    }

    @Override
    public NoticeReprints noticeReprints(ReportFilter filter) {
        ReportWindow window = window(filter);
        int minutes = properties.reprintAnswerMinutes();
        // The minutes are a number from the configuration, written into the SQL as an interval literal (the one
        // form H2 and PostgreSQL share); the reprints of the range are by when they were made, not by the closing.
        return new NoticeReprints(minutes, jdbc.sql("""
                select p.printed_by, count(*), count(distinct case when exists (select 1 from sat_response r
                        where r.invitation_id = p.invitation_id and r.answered_at >= p.printed_at
                        and r.answered_at < p.printed_at + interval '%d' minute) then p.invitation_id end)
                from sat_notice_print p join sat_invitation i on i.id = p.invitation_id""".formatted(minutes)
                + (filter.channel() == null ? "" : " join intake_case c on c.case_number = p.case_number")
                + " where p.reason is not null and p.printed_at >= :start and p.printed_at < :end"
                + (filter.departmentCode() == null ? "" : " and i.lead_department_code = :department")
                + (filter.serviceItemCode() == null ? "" : " and i.service_item_code = :item")
                + (filter.channel() == null ? "" : " and c.channel = :channel")
                + " group by p.printed_by order by 3 desc, 2 desc, 1").params(window.params())
                .query((rs, i) -> new NoticeReprints.Row(rs.getString(1), name(Ranking.Group.STAFF, rs.getString(1)),
                        rs.getLong(2), rs.getLong(3)))
                .list());
    }

    /** Answers that count, by channel (sorted) and score: counts[score] for score 1 to 5. */
    private Map<String, long[]> countsByChannel(ReportFilter filter, ReportWindow window) {
        Map<String, long[]> byChannel = new java.util.TreeMap<>();
        jdbc.sql("select r.channel, r.overall, count(*) " + counted(filter) + " group by r.channel, r.overall")
                .params(window.params())
                .query((rs,
                        i) -> byChannel.computeIfAbsent(rs.getString(1), k -> new long[6])[rs.getInt(2)] = rs
                                .getLong(3))
                .list();
        return byChannel;
    }

    /** The chi-square comparison of rating counts (index = score) at the kiosk and elsewhere. */
    private static ChannelBias bias(long[] kiosk, long[] privately) {
        LevelDistribution atWindow = LevelDistribution.ofScores(kiosk);
        LevelDistribution elsewhere = LevelDistribution.ofScores(privately);
        ChiSquareComparison.Result result = ChiSquareComparison.compare(atWindow.counts(), elsewhere.counts());
        return new ChannelBias(atWindow, elsewhere, result.verdict().name(), finite(result.statistic()),
                result.degreesOfFreedom() == 0 ? null : result.degreesOfFreedom(), finite(result.pValue()),
                result.significant());
    }

    /** "from ... where ..." of the first answers that count, of cases closed in the range. */
    private static String counted(ReportFilter filter) {
        return "from sat_response r"
                + (filter.channel() == null ? "" : " join intake_case c on c.case_number = r.case_number")
                + " where r.supplementary = false and r.exclusion_reason is null and r.closed_at >= :start "
                + "and r.closed_at < :end" + responseConditions(filter);
    }

    private String name(Ranking.Group group, String code) {
        return switch (group) {
            case DEPARTMENT -> directory.departmentName(code);
            case STAFF -> directory.staffName(code);
            case SERVICE_ITEM ->
                // The newest version that was ever offered names the item, in the reader's language.
                jdbc.sql("select name_zh, name_en from catalog_item_version where code = :code and state <> 'DRAFT' "
                        + "order by version desc fetch first 1 rows only").param("code", code)
                        .query((rs, row) -> english() && rs.getString(2) != null ? rs.getString(2) : rs.getString(1))
                        .optional().orElse(code);
        };
    }

    private static boolean english() {
        var context = org.springframework.context.i18n.LocaleContextHolder.getLocaleContext();
        return context != null && context.getLocale() != null && Translations.ENGLISH
                .equals(Translations.supported(context.getLocale()));
    }

    private static Double mean(long[] countsByScore) {
        long n = 0;
        long sum = 0;
        for (int score = 1; score <= 5; score++) {
            n += countsByScore[score];
            sum += score * countsByScore[score];
        }
        return n == 0 ? null : (double) sum / n;
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private ReportWindow window(ReportFilter filter) {
        return new ReportWindow(filter, clock.getZone());
    }
}
