package org.onewindow.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.PublicResults;
import org.onewindow.reporting.internal.stats.WilsonInterval;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SQL of the public results: two grouped scans of the current year (closed cases from {@code intake_case},
 * evaluations from {@code sat_response} with their rectification), each counting the month and the year at once
 * by department and item; the hall's and the departments' figures are the sums of those groups. Read-only, for
 * {@link PublicResultsCache}.
 */
@Component
class PublicResultsQueries {

    /**
     * The evaluations that count, of the answers aliased {@code r}: a case's first answer (a supplementary review
     * after a rectification is not a second evaluation), not excluded after a department's appeal was upheld (the
     * satisfaction module then writes {@code exclusion_reason}); any channel; the evaluation of the closing, not an
     * evaluation of the acceptance (一事多评), which the closing-date range would leave out anyway (it has none).
     */
    static final String COUNTED_ANSWERS = "r.supplementary = false and r.exclusion_reason is null "
            + "and r.stage = 'CLOSING'";

    private final JdbcClient jdbc;
    private final DirectoryService directory;

    PublicResultsQueries(JdbcClient jdbc, DirectoryService directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The figures of the month and the year of {@code now} in {@code zone}. */
    @Transactional(readOnly = true)
    public PublicResults compute(Instant now, ZoneId zone, int minimum) {
        LocalDate today = now.atZone(zone).toLocalDate();
        YearMonth month = YearMonth.from(today);
        Map<String, Object> params = new HashMap<>();
        params.put("yearStart", start(LocalDate.of(today.getYear(), 1, 1), zone));
        params.put("yearEnd", start(LocalDate.of(today.getYear() + 1, 1, 1), zone));
        params.put("monthStart", start(month.atDay(1), zone));
        params.put("monthEnd", start(month.plusMonths(1).atDay(1), zone));

        Map<Key, long[]> byMonth = new TreeMap<>();
        Map<Key, long[]> byYear = new TreeMap<>();
        jdbc.sql("""
                select c.lead_department_code, c.service_item_code,
                    sum(case when c.closed_at >= :monthStart and c.closed_at < :monthEnd then 1 else 0 end), count(*)
                from intake_case c
                where c.status = 'CLOSED' and c.closed_at >= :yearStart and c.closed_at < :yearEnd
                group by c.lead_department_code, c.service_item_code""").params(params).query((rs, i) -> {
            Key key = new Key(rs.getString(1), rs.getString(2));
            counts(byMonth, key)[CLOSED] = rs.getLong(3);
            counts(byYear, key)[CLOSED] = rs.getLong(4);
            return key;
        }).list();
        // m: closed this month; good/bad by the overall rating; on time: a bad review whose rectification was
        // done by its deadline (sat_rectification has one row per case, by its unique case number).
        jdbc.sql("""
                select lead_department_code, service_item_code, sum(m), count(*), sum(m * good), sum(good),
                    sum(m * bad), sum(bad), sum(m * bad * on_time), sum(bad * on_time)
                from (select r.lead_department_code, r.service_item_code,
                        case when r.closed_at >= :monthStart and r.closed_at < :monthEnd then 1 else 0 end as m,
                        case when r.overall >= 3 then 1 else 0 end as good,
                        case when r.overall <= 2 then 1 else 0 end as bad,
                        case when x.rectified_at is not null and x.rectified_at <= x.rectify_due_at
                            then 1 else 0 end as on_time
                    from sat_response r left join sat_rectification x on x.case_number = r.case_number
                    where\s""" + COUNTED_ANSWERS + """
                     and r.closed_at >= :yearStart and r.closed_at < :yearEnd) a
                group by lead_department_code, service_item_code""").params(params).query((rs, i) -> {
            Key key = new Key(rs.getString(1), rs.getString(2));
            long[] m = counts(byMonth, key);
            long[] y = counts(byYear, key);
            m[EVALUATIONS] = rs.getLong(3);
            y[EVALUATIONS] = rs.getLong(4);
            m[GOOD] = rs.getLong(5);
            y[GOOD] = rs.getLong(6);
            m[BAD] = rs.getLong(7);
            y[BAD] = rs.getLong(8);
            m[ON_TIME] = rs.getLong(9);
            y[ON_TIME] = rs.getLong(10);
            return key;
        }).list();

        Map<String, Department> departments = new HashMap<>();
        directory.departments().forEach(d -> departments.put(d.code(), d));
        Map<String, String[]> items = itemNames();
        return new PublicResults(now, month, minimum, period(byMonth, departments, items, minimum),
                period(byYear, departments, items, minimum));
    }

    private static final int CLOSED = 0;
    private static final int EVALUATIONS = 1;
    private static final int GOOD = 2;
    private static final int BAD = 3;
    private static final int ON_TIME = 4;

    private record Key(String department, String item) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            int byDepartment = department.compareTo(other.department);
            return byDepartment != 0 ? byDepartment : item.compareTo(other.item);
        }
    }

    private static long[] counts(Map<Key, long[]> map, Key key) {
        return map.computeIfAbsent(key, k -> new long[5]);
    }

    private static PublicResults.Period period(Map<Key, long[]> groups, Map<String, Department> departments,
            Map<String, String[]> itemNames, int minimum) {
        long[] hall = new long[5];
        Map<String, long[]> byDepartment = new TreeMap<>();
        List<PublicResults.Row> items = new ArrayList<>();
        groups.forEach((key, counts) -> {
            long[] department = byDepartment.computeIfAbsent(key.department(), k -> new long[5]);
            for (int i = 0; i < counts.length; i++) {
                hall[i] += counts[i];
                department[i] += counts[i];
            }
            String[] names = itemNames.getOrDefault(key.item(), new String[] { key.item(), null });
            items.add(new PublicResults.Row(key.item(), names[0], names[1], key.department(),
                    figures(counts, minimum)));
        });
        List<PublicResults.Row> rows = new ArrayList<>();
        byDepartment.forEach((code, counts) -> {
            Department department = departments.get(code);
            rows.add(new PublicResults.Row(code, department == null ? code : department.nameZh(),
                    department == null ? null : department.nameEn(), code, figures(counts, minimum)));
        });
        return new PublicResults.Period(figures(hall, minimum), rows, items);
    }

    private static PublicResults.Figures figures(long[] counts, int minimum) {
        return figures(counts[CLOSED], counts[EVALUATIONS], counts[GOOD], counts[BAD], counts[ON_TIME], minimum);
    }

    /** The figures of one group's counts, its rates and bad reviews only from {@code minimum} evaluations on. */
    static PublicResults.Figures figures(long closed, long evaluations, long good, long bad, long rectifiedOnTime,
            int minimum) {
        if (evaluations < minimum) {
            return new PublicResults.Figures(evaluations, closed, false, null, null, null, null, null, null);
        }
        WilsonInterval.Interval interval = WilsonInterval.of(good, evaluations);
        return new PublicResults.Figures(evaluations, closed, true, closed == 0 ? null : (double) evaluations / closed,
                (double) good / evaluations, interval.low(), interval.high(), bad, rectifiedOnTime);
    }

    /** Each item's Chinese and English name, from the newest version of it that was ever offered. */
    private Map<String, String[]> itemNames() {
        Map<String, String[]> names = new HashMap<>();
        jdbc.sql("select code, name_zh, name_en from catalog_item_version where state <> 'DRAFT' order by version")
                .query((rs, i) -> {
                    names.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
                    return rs.getString(1);
                }).list();
        return names;
    }

    /** The start of {@code day} in the hall's zone, bound as UTC like every report's boundaries. */
    private static OffsetDateTime start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().atOffset(ZoneOffset.UTC);
    }
}
