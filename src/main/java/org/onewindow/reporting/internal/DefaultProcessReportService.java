package org.onewindow.reporting.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onewindow.casework.CaseProcessDiagrams;
import org.onewindow.casework.ProcessStep;
import org.onewindow.casework.StepHighlight;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.CycleTime;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.GroupFigures;
import org.onewindow.reporting.ProcessReport;
import org.onewindow.reporting.ProcessReportService;
import org.onewindow.reporting.ProcessSummary;
import org.onewindow.reporting.ProcessSummary.AgeBucket;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.StepFigures;
import org.onewindow.reporting.TrendPoint;
import org.onewindow.reporting.Workload;
import org.onewindow.shared.AppRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

import org.onewindow.shared.i18n.Translations;

/**
 * The process report's SQL. Cases come from {@code intake_case} (with the working days taken and the on-time
 * flag kept at closing), steps from {@code casework_task_record} and {@code casework_open_task}.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.MANAGER)
class DefaultProcessReportService implements ProcessReportService {

    private static final String CYCLE_COLUMNS = "count(c.working_days_taken), avg(cast(c.working_days_taken as double precision)), "
            + "percentile_cont(0.5) within group (order by c.working_days_taken), "
            + "percentile_cont(0.9) within group (order by c.working_days_taken), "
            + "avg(case when c.closed_on_time then 1.0 else 0.0 end)";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final DirectoryService directory;
    private final CaseProcessDiagrams diagrams;
    private final ReportPages pages;

    DefaultProcessReportService(JdbcClient jdbc, Clock clock, DirectoryService directory, CaseProcessDiagrams diagrams,
            ReportPages pages) {
        this.pages = pages;
        this.jdbc = jdbc;
        this.clock = clock;
        this.directory = directory;
        this.diagrams = diagrams;
    }

    @Override
    public ProcessReport report(ReportFilter filter, Granularity granularity, Locale locale) {
        filter.validated(); // here, so that a bad range is reported before any query starts
        var summary = pages.start(() -> summary(filter));
        var trend = pages.start(() -> trend(filter, granularity));
        var items = pages.start(() -> byServiceItem(filter, locale));
        var departments = pages.start(() -> byDepartment(filter));
        var bottlenecks = pages.start(() -> bottlenecks(filter));
        var departmentWork = pages.start(() -> workloadByDepartment(filter));
        var staffWork = pages.start(() -> workloadByStaff(filter));
        List<StepFigures> steps = ReportPages.join(bottlenecks);
        return new ProcessReport(ReportPages.join(summary), ReportPages.join(trend), ReportPages.join(items),
                ReportPages.join(departments), steps, bottleneckDiagram(steps, locale),
                ReportPages.join(departmentWork),
                ReportPages.join(staffWork));
    }

    @Override
    public ProcessSummary summary(ReportFilter filter) {
        ReportWindow window = window(filter);
        String conditions = window.caseConditions("c");
        long received = jdbc
                .sql("select count(*) from intake_case c where c.accepted_at >= :start and c.accepted_at < :end"
                        + conditions)
                .params(window.params()).query(Long.class).single();
        Object[] closed = jdbc.sql("select " + CYCLE_COLUMNS + " from intake_case c where c.status = 'CLOSED' "
                + "and c.closed_at >= :start and c.closed_at < :end" + conditions).params(window.params())
                .query((rs, i) -> new Object[] { rs.getLong(1), number(rs.getObject(2)), number(rs.getObject(3)),
                        number(rs.getObject(4)), number(rs.getObject(5)) })
                .single();
        long closedCount = (Long) closed[0];
        CycleTime cycle = new CycleTime(closedCount, (Double) closed[1], (Double) closed[2], (Double) closed[3]);

        // The backlog is what is open now, aged from acceptance.
        Map<String, Object> backlogParams = window.params();
        java.time.Instant now = clock.instant();
        int[] edges = { 5, 15, 30 };
        for (int i = 0; i < edges.length; i++) {
            backlogParams.put("age" + i, ReportWindow.utc(now.minus(Duration.ofDays(edges[i]))));
        }
        long[] ages = jdbc.sql("""
                select sum(case when c.accepted_at >= :age0 then 1 else 0 end),
                    sum(case when c.accepted_at < :age0 and c.accepted_at >= :age1 then 1 else 0 end),
                    sum(case when c.accepted_at < :age1 and c.accepted_at >= :age2 then 1 else 0 end),
                    sum(case when c.accepted_at < :age2 then 1 else 0 end)
                from intake_case c where c.status not in ('CLOSED', 'WITHDRAWN')""" + conditions)
                .params(backlogParams).query((rs, i) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getLong(4) })
                .single();
        List<AgeBucket> buckets = List.of(new AgeBucket(0, 5, ages[0]), new AgeBucket(6, 15, ages[1]),
                new AgeBucket(16, 30, ages[2]), new AgeBucket(31, null, ages[3]));
        long backlog = ages[0] + ages[1] + ages[2] + ages[3];

        Object[] visits = jdbc.sql("select count(*), avg(case when r.visits <= 1 then 1.0 else 0.0 end) "
                + "from sat_response r"
                + (filter.channel() == null ? "" : " join intake_case c on c.case_number = r.case_number")
                + " where r.supplementary = false and r.exclusion_reason is null and r.closed_at >= :start and r.closed_at < :end"
                + responseConditions(filter)).params(window.params())
                .query((rs, i) -> new Object[] { rs.getLong(1), number(rs.getObject(2)) }).single();
        return new ProcessSummary(received, closedCount, backlog, buckets, (Double) closed[4], cycle,
                (Double) visits[1], (Long) visits[0]);
    }

    @Override
    public List<GroupFigures> byServiceItem(ReportFilter filter) {
        return byServiceItem(filter, Translations.CHINESE);
    }

    @Override
    public List<GroupFigures> byServiceItem(ReportFilter filter, Locale locale) {
        return grouped(filter, "c.service_item_code", "max(" + ItemNames.column("c", locale) + ")");
    }

    @Override
    public List<GroupFigures> byDepartment(ReportFilter filter) {
        List<GroupFigures> rows = grouped(filter, "c.lead_department_code", "max(c.lead_department_code)");
        return rows.stream().map(row -> new GroupFigures(row.code(), directory.departmentName(row.code()),
                row.received(), row.closed(), row.onTimeRate(), row.cycleTime())).toList();
    }

    /** Received and closed in the range per group, with the closed cases' cycle times; busiest first. */
    private List<GroupFigures> grouped(ReportFilter filter, String key, String name) {
        ReportWindow window = window(filter);
        String conditions = window.caseConditions("c");
        Map<String, Long> received = new HashMap<>();
        // Named here too: a group with cases received but none closed yet must not show its bare code.
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select " + key + ", " + name + ", count(*) from intake_case c "
                + "where c.accepted_at >= :start and c.accepted_at < :end" + conditions + " group by " + key)
                .params(window.params()).query((rs, i) -> {
                    names.put(rs.getString(1), rs.getString(2));
                    return received.put(rs.getString(1), rs.getLong(3));
                }).list();
        Map<String, GroupFigures> rows = new LinkedHashMap<>();
        jdbc.sql("select " + key + ", " + name + ", " + CYCLE_COLUMNS + " from intake_case c where c.status = 'CLOSED' "
                + "and c.closed_at >= :start and c.closed_at < :end" + conditions + " group by " + key)
                .params(window.params()).query((rs, i) -> {
                    String code = rs.getString(1);
                    return rows.put(code, new GroupFigures(code, rs.getString(2), received.getOrDefault(code, 0L),
                            rs.getLong(3), number(rs.getObject(7)),
                            new CycleTime(rs.getLong(3), number(rs.getObject(4)),
                                    number(rs.getObject(5)), number(rs.getObject(6)))));
                }).list();
        received.forEach((code, count) -> rows.putIfAbsent(code, new GroupFigures(code,
                names.getOrDefault(code, code), count, 0, null, new CycleTime(0, null, null, null))));
        List<GroupFigures> result = new ArrayList<>(rows.values());
        result.sort((a, b) -> Long.compare(b.received() + b.closed(), a.received() + a.closed()));
        return result;
    }

    @Override
    public List<TrendPoint> trend(ReportFilter filter, Granularity granularity) {
        ReportWindow window = window(filter);
        String conditions = window.caseConditions("c");
        List<LocalDate> starts = window.buckets(granularity);
        long[] received = new long[starts.size()];
        long[] closed = new long[starts.size()];
        Double[] onTime = new Double[starts.size()];
        Double[] cycle = new Double[starts.size()];
        Map<String, Object> params = window.params();
        String acceptedBucket = window.bucketExpression("c.accepted_at", starts, params);
        jdbc.sql("select bucket, count(*) from (select " + acceptedBucket + " as bucket from intake_case c "
                + "where c.accepted_at >= :start and c.accepted_at < :end" + conditions + ") b group by bucket")
                .params(params).query((rs, i) -> received[rs.getInt(1)] = rs.getLong(2)).list();
        params = window.params();
        String closedBucket = window.bucketExpression("c.closed_at", starts, params);
        jdbc.sql("select bucket, count(*), avg(on_time), avg(days) from (select " + closedBucket + " as bucket, "
                + "case when c.closed_on_time then 1.0 else 0.0 end as on_time, "
                + "cast(c.working_days_taken as double precision) as days from intake_case c where c.status = 'CLOSED' "
                + "and c.closed_at >= :start and c.closed_at < :end" + conditions + ") b group by bucket")
                .params(params).query((rs, i) -> {
                    int bucket = rs.getInt(1);
                    closed[bucket] = rs.getLong(2);
                    onTime[bucket] = number(rs.getObject(3));
                    cycle[bucket] = number(rs.getObject(4));
                    return bucket;
                }).list();
        List<TrendPoint> points = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            points.add(new TrendPoint(starts.get(i), ReportWindow.label(starts.get(i), granularity), received[i],
                    closed[i], onTime[i], cycle[i]));
        }
        return points;
    }

    @Override
    public List<StepFigures> bottlenecks(ReportFilter filter) {
        ReportWindow window = window(filter);
        Map<String, StepFigures> byKey = new HashMap<>();
        jdbc.sql("""
                select t.task_key, count(*), sum(case when t.completed then 1 else 0 end),
                    avg(cast(t.wait_seconds as double precision)) / 3600,
                    percentile_cont(0.5) within group (order by t.wait_seconds) / 3600,
                    avg(cast(t.work_seconds as double precision)) / 3600,
                    percentile_cont(0.5) within group (order by t.work_seconds) / 3600,
                    avg(case when t.completed and t.late then 1.0 when t.completed then 0.0 end)
                from casework_task_record t"""
                + (filterByCase(filter) ? " join intake_case c on c.case_number = t.case_number" : "")
                + " where t.created_at >= :start and t.created_at < :end" + window.caseConditions("c")
                + " group by t.task_key").params(window.params())
                .query((rs, i) -> byKey.put(rs.getString(1), new StepFigures(rs.getString(1), rs.getString(1),
                        rs.getLong(2), rs.getLong(3), number(rs.getObject(4)), number(rs.getObject(5)),
                        number(rs.getObject(6)), number(rs.getObject(7)), number(rs.getObject(8)))))
                .list();
        List<StepFigures> ordered = new ArrayList<>();
        for (ProcessStep step : diagrams.caseSteps()) {
            StepFigures figures = byKey.remove(step.key());
            if (figures != null) {
                ordered.add(new StepFigures(step.key(), step.name(), figures.tasks(), figures.completed(),
                        figures.meanWaitHours(), figures.medianWaitHours(), figures.meanWorkHours(),
                        figures.medianWorkHours(), figures.lateShare()));
            }
        }
        ordered.addAll(byKey.values()); // steps of older process versions
        return ordered;
    }

    @Override
    public String bottleneckDiagram(List<StepFigures> steps, Locale locale) {
        ReportTexts texts = ReportTexts.of(locale);
        double worst = steps.stream().map(StepFigures::medianWaitHours).filter(java.util.Objects::nonNull)
                .mapToDouble(Double::doubleValue).max().orElse(0);
        Map<String, StepHighlight> highlights = new HashMap<>();
        for (StepFigures step : steps) {
            if (step.medianWaitHours() == null) {
                continue;
            }
            double share = worst <= 0 ? 0 : step.medianWaitHours() / worst;
            highlights.put(step.taskKey(), new StepHighlight(HeatColours.of(share),
                    texts.t("reporting.process.bottleneck.note", texts.hours(step.medianWaitHours()),
                            texts.hours(step.medianWorkHours()))));
        }
        return diagrams.caseProcessWith(highlights);
    }

    @Override
    public List<Workload> workloadByDepartment(ReportFilter filter) {
        return workload(filter, "o.candidate_group", "t.department_code", this::queueName);
    }

    @Override
    public List<Workload> workloadByStaff(ReportFilter filter) {
        // Named in the reader's language, looked up now: a renamed account reads as it is named today.
        return workload(filter, "o.assignee", "t.assignee", directory::staffName);
    }

    /**
     * Open work now (from the open-task read model) and work completed in the range (from the step records),
     * grouped by queue or by person; the department filter means the queue's department here.
     */
    private List<Workload> workload(ReportFilter filter, String openKey, String doneKey,
            java.util.function.Function<String, String> names) {
        ReportWindow window = window(filter);
        Map<String, Object> params = window.params();
        params.put("now", ReportWindow.utc(clock.instant()));
        Map<String, long[]> rows = new LinkedHashMap<>();
        String itemAndChannel = itemAndChannel(filter);
        jdbc.sql("select " + openKey + ", count(*), sum(case when o.due_at < :now then 1 else 0 end), "
                + "sum(case when o.at_risk and (o.due_at is null or o.due_at >= :now) then 1 else 0 end) "
                + "from casework_open_task o" + caseJoin(filter, "o") + " where " + openKey
                + " is not null" + itemAndChannel
                + (filter.departmentCode() == null ? "" : " and o.candidate_group = :department")
                + " group by " + openKey).params(params)
                .query((rs, i) -> rows.put(rs.getString(1),
                        new long[] { rs.getLong(2), 0, rs.getLong(3), rs.getLong(4) }))
                .list();
        jdbc.sql("select " + doneKey + ", count(*) from casework_task_record t" + caseJoin(filter, "t")
                + " where t.completed = true and " + doneKey + " is not null "
                + "and t.ended_at >= :start and t.ended_at < :end" + itemAndChannel
                + (filter.departmentCode() == null ? "" : " and t.department_code = :department")
                + " group by " + doneKey).params(params)
                .query((rs, i) -> rows.computeIfAbsent(rs.getString(1), k -> new long[4])[1] = rs.getLong(2)).list();
        return rows.entrySet().stream()
                .map(e -> new Workload(e.getKey(), names.apply(e.getKey()), e.getValue()[0], e.getValue()[1],
                        e.getValue()[2], e.getValue()[3]))
                .sorted((a, b) -> Long.compare(b.open() + b.completedInRange(), a.open() + a.completedInRange()))
                .toList();
    }

    private String queueName(String group) {
        return AppRoles.ALL.contains(group) ? group.replace('_', ' ').toLowerCase() : directory.departmentName(group);
    }

    /** The case table is joined only when the filter asks about the case itself: it is the costly part. */
    private static String caseJoin(ReportFilter filter, String alias) {
        return filter.serviceItemCode() == null && filter.channel() == null ? ""
                : " join intake_case c on c.case_number = " + alias + ".case_number";
    }

    private static boolean filterByCase(ReportFilter filter) {
        return filter.departmentCode() != null || filter.serviceItemCode() != null || filter.channel() != null;
    }

    private static String itemAndChannel(ReportFilter filter) {
        return (filter.serviceItemCode() == null ? "" : " and c.service_item_code = :item")
                + (filter.channel() == null ? "" : " and c.channel = :channel");
    }

    /** Conditions on {@code sat_response r}, which carries the case's department and item itself. */
    static String responseConditions(ReportFilter filter) {
        return (filter.departmentCode() == null ? "" : " and r.lead_department_code = :department")
                + (filter.serviceItemCode() == null ? "" : " and r.service_item_code = :item")
                + (filter.channel() == null ? "" : " and c.channel = :channel");
    }

    private ReportWindow window(ReportFilter filter) {
        return new ReportWindow(filter, clock.getZone());
    }

    static Double number(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
