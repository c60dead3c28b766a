package org.onewindow.reporting.internal;

import static org.onewindow.reporting.internal.DefaultProcessReportService.responseConditions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.reporting.IndicatorReport;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.internal.stats.CronbachAlpha;
import org.onewindow.reporting.internal.stats.ImportancePerformance;
import org.onewindow.reporting.internal.stats.MeanInterval;
import org.onewindow.reporting.internal.stats.Moments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The satisfaction report's indicator analysis in SQL, per indicator set version: which versions the answers of the
 * period answered ({@code sat_response.indicator_set_id}, {@code sat_indicator_set}), their indicators
 * ({@code sat_indicator}), and in one scan of the scores ({@code sat_response_score}) each indicator's count, sum and
 * sum of squares and the sums and sums of products of the overall rating and the indicator scores over each
 * version's complete answers: four queries, one of them over the scores, whatever the number of answers or versions; an indicator code
 * shared by two versions is grouped by version, never pooled.
 */
@Component
class IndicatorQueries {

    /** The channels' order in the report: the hall first, then the remote channels, the province last. */
    private static final List<String> CHANNEL_ORDER = List.of("WINDOW", "SMS", "ONLINE", "PHONE", "PROVINCE");

    private final JdbcClient jdbc;
    private final IndicatorProperties properties;

    IndicatorQueries(JdbcClient jdbc, IndicatorProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    private record Version(long id, String channel, int version, LocalDate publishedOn, long answers,
            LocalDate firstClosed) {
    }

    private record Named(String code, String nameZh, String nameEn, int position) {
    }

    private record Scored(long n, double sum, double sumOfSquares) {
    }

    IndicatorReport report(ReportFilter filter, ReportWindow window, ZoneId zone) {
        Map<Long, Long> answersBySet = new HashMap<>();
        Map<Long, LocalDate> firstClosedBySet = new HashMap<>();
        jdbc.sql("select r.indicator_set_id, count(*), min(r.closed_at)" + from(filter, "")
                + " group by r.indicator_set_id").params(window.params()).query((rs, i) -> {
                    long set = rs.getLong(1);
                    answersBySet.put(set, rs.getLong(2));
                    firstClosedBySet.put(set, date(rs.getObject(3, OffsetDateTime.class), zone));
                    return set;
                }).list();
        int minimum = properties.minimumAnswers();
        if (answersBySet.isEmpty()) {
            return new IndicatorReport(0, List.of(), List.of(), minimum);
        }
        List<Long> ids = List.copyOf(answersBySet.keySet());
        List<Version> versions = new ArrayList<>(jdbc
                .sql("select id, channel, version, published_at from sat_indicator_set where id in (:ids)")
                .param("ids", ids)
                .query((rs, i) -> new Version(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        date(rs.getObject(4, OffsetDateTime.class), zone), answersBySet.get(rs.getLong(1)),
                        firstClosedBySet.get(rs.getLong(1))))
                .list());
        versions.sort(Comparator.comparingInt((Version v) -> channelRank(v.channel()))
                .thenComparing(Version::channel).thenComparingInt(Version::version));

        Map<Long, List<Named>> indicators = new LinkedHashMap<>();
        jdbc.sql("select set_id, code, name_zh, name_en, position from sat_indicator where set_id in (:ids) "
                + "order by set_id, position, code").param("ids", ids).query((rs, i) -> indicators
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Named(rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5))))
                .list();

        Map<Long, Aggregates> aggregates = aggregates(filter, window, indicators);

        List<IndicatorReport.SetVersion> blocks = new ArrayList<>();
        long answers = 0;
        for (Version version : versions) {
            answers += version.answers();
            Aggregates figures = aggregates.get(version.id());
            blocks.add(block(version, indicators.getOrDefault(version.id(), List.of()),
                    figures == null ? Map.of() : figures.scored(), figures == null ? null : figures.moments(),
                    minimum));
        }
        return new IndicatorReport(answers, blocks, changes(versions), minimum);
    }

    /** What one scan of the scores gives per version: each indicator's figures, and the complete answers' moments. */
    private record Aggregates(Map<String, Scored> scored, Moments moments) {
    }

    /**
     * One scan: the scores of one answer are pivoted into one row by the indicator's position in its version
     * ({@code sat_indicator}, found by its unique key; positions are unique within a version), then summed per
     * version: each indicator's count, sum and sum of squares over every answer that scored it, and the sums and sums
     * of products of (overall, indicator 1, …, indicator k) over the complete answers only (every indicator of their
     * version scored), as {@link Moments} need. The pivot's columns are the positions any answered version uses;
     * each version reads its own.
     */
    private Map<Long, Aggregates> aggregates(ReportFilter filter, ReportWindow window,
            Map<Long, List<Named>> indicators) {
        Map<Long, Aggregates> bySet = new HashMap<>();
        List<Integer> positions = indicators.values().stream().flatMap(List::stream).map(Named::position).distinct()
                .sorted().toList();
        if (positions.isEmpty()) {
            return bySet;
        }
        int variables = positions.size() + 1;
        StringBuilder pivot = new StringBuilder("cast(r.overall as double precision) as v0");
        for (int v = 1; v < variables; v++) {
            pivot.append(", max(case when i.position = ").append(positions.get(v - 1))
                    .append(" then cast(sc.score as double precision) end) as v").append(v);
        }
        // Complete: as many scores as the version has indicators (numbers read from the database just now).
        StringBuilder indicatorsOfSet = new StringBuilder("case r.indicator_set_id");
        indicators.forEach((set, named) -> indicatorsOfSet.append(" when ").append(set.longValue()).append(" then ")
                .append(named.size()));
        indicatorsOfSet.append(" end");
        pivot.append(", case when count(*) = ").append(indicatorsOfSet).append(" then 1 else 0 end as complete");

        StringBuilder sums = new StringBuilder("select x.set_id, sum(x.complete)");
        int column = 3;
        int[] scoredAt = new int[variables];
        for (int v = 1; v < variables; v++) {
            sums.append(", count(x.v").append(v).append("), sum(x.v").append(v).append("), sum(x.v").append(v)
                    .append(" * x.v").append(v).append(")");
            scoredAt[v] = column;
            column += 3;
        }
        int[] sumAt = new int[variables];
        for (int v = 0; v < variables; v++) {
            sums.append(", sum(case when x.complete = 1 then x.v").append(v).append(" end)");
            sumAt[v] = column++;
        }
        int[][] productAt = new int[variables][variables];
        for (int a = 0; a < variables; a++) {
            for (int b = a; b < variables; b++) {
                sums.append(", sum(case when x.complete = 1 then x.v").append(a).append(" * x.v").append(b)
                        .append(" end)");
                productAt[a][b] = productAt[b][a] = column++;
            }
        }
        String sql = sums + " from (select r.indicator_set_id as set_id, " + pivot
                + from(filter, " join sat_response_score sc on sc.response_id = r.id"
                        + " join sat_indicator i on i.set_id = r.indicator_set_id and i.code = sc.indicator_code")
                + " group by r.id, r.indicator_set_id, r.overall) x group by x.set_id";
        jdbc.sql(sql).params(window.params()).query((rs, row) -> {
            long set = rs.getLong(1);
            List<Named> named = indicators.getOrDefault(set, List.of());
            int[] columns = new int[named.size() + 1]; // the version's variables among the pivot's
            Map<String, Scored> scored = new HashMap<>();
            for (int i = 0; i < named.size(); i++) {
                int v = positions.indexOf(named.get(i).position()) + 1;
                columns[i + 1] = v;
                scored.put(named.get(i).code(), new Scored(rs.getLong(scoredAt[v]), rs.getDouble(scoredAt[v] + 1),
                        rs.getDouble(scoredAt[v] + 2)));
            }
            int k = columns.length;
            double[] sum = new double[k];
            double[][] products = new double[k][k];
            for (int a = 0; a < k; a++) {
                sum[a] = rs.getDouble(sumAt[columns[a]]);
                for (int b = a; b < k; b++) {
                    products[a][b] = rs.getDouble(productAt[columns[a]][columns[b]]);
                }
            }
            bySet.put(set, new Aggregates(scored, Moments.fromAggregates(rs.getLong(2), sum, products)));
            return set;
        }).list();
        return bySet;
    }

    private static IndicatorReport.SetVersion block(Version version, List<Named> named, Map<String, Scored> scored,
            Moments moments, int minimum) {
        long complete = moments == null ? 0 : moments.n();
        boolean tooFew = complete < minimum;
        List<String> codes = named.stream().map(Named::code).toList();
        ImportancePerformance.Analysis ipa = null;
        CronbachAlpha.Reliability reliability = null;
        if (!tooFew && !codes.isEmpty()) {
            ipa = ImportancePerformance.analyse(codes, moments);
            if (codes.size() >= 2) {
                int[] items = new int[codes.size()];
                for (int i = 0; i < items.length; i++) {
                    items[i] = i + 1;
                }
                reliability = CronbachAlpha.of(moments.select(items));
            }
        }
        List<IndicatorReport.Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < named.size(); i++) {
            Named indicator = named.get(i);
            Scored figures = scored.getOrDefault(indicator.code(), new Scored(0, 0, 0));
            MeanInterval.Interval interval = MeanInterval.of(figures.n(), figures.sum(), figures.sumOfSquares());
            Double mean = figures.n() == 0 ? null : figures.sum() / figures.n();
            Double importance = null;
            String quadrant = null;
            Double alphaIfDeleted = null;
            if (ipa != null) {
                importance = finite(moments.correlation(0, i + 1));
                quadrant = ipa.placements().stream().filter(p -> p.name().equals(indicator.code())).findFirst()
                        .map(p -> p.quadrant().name()).orElse(null);
            }
            if (reliability != null) {
                alphaIfDeleted = finite(reliability.alphaIfItemDeleted().get(i));
            }
            indicators.add(new IndicatorReport.Indicator(indicator.code(), indicator.nameZh(), indicator.nameEn(),
                    figures.n(), mean, interval == null ? null : interval.low(),
                    interval == null ? null : interval.high(), importance, quadrant, alphaIfDeleted));
        }
        return new IndicatorReport.SetVersion(version.id(), version.channel(), version.version(),
                version.publishedOn(), version.answers(), complete, tooFew, indicators,
                ipa == null ? null : finite(ipa.meanImportance()), ipa == null ? null : finite(ipa.meanPerformance()),
                reliability == null ? null : finite(reliability.alpha()));
    }

    /** Each change from one answered version of a channel to the next: on the later one's publication. */
    private static List<IndicatorReport.SetChange> changes(List<Version> versions) {
        List<IndicatorReport.SetChange> changes = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            Version before = versions.get(i - 1);
            Version after = versions.get(i);
            if (before.channel().equals(after.channel())) {
                changes.add(new IndicatorReport.SetChange(after.channel(), before.version(), after.version(),
                        after.publishedOn() != null ? after.publishedOn() : after.firstClosed()));
            }
        }
        return changes;
    }

    /**
     * " from … where …" of the answers that count (first answers, not excluded after an appeal, of cases closed in
     * the range, the filter's conditions) that answered an indicator set, with {@code joins} after the answer.
     */
    private static String from(ReportFilter filter, String joins) {
        return " from sat_response r" + joins
                + (filter.channel() == null ? "" : " join intake_case c on c.case_number = r.case_number")
                + " where r.supplementary = false and r.exclusion_reason is null and r.closed_at >= :start "
                + "and r.closed_at < :end and r.indicator_set_id is not null" + responseConditions(filter);
    }

    private static int channelRank(String channel) {
        int rank = CHANNEL_ORDER.indexOf(channel);
        return rank < 0 ? CHANNEL_ORDER.size() : rank;
    }

    private static LocalDate date(OffsetDateTime at, ZoneId zone) {
        return at == null ? null : at.atZoneSameInstant(zone).toLocalDate();
    }

    private static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
