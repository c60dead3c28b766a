package org.onewindow.reporting.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.WorkingDayCalendar;
import org.onewindow.reporting.ArrivalHeatmap;
import org.onewindow.reporting.DemandDimension;
import org.onewindow.reporting.DemandForecast;
import org.onewindow.reporting.DemandReport;
import org.onewindow.reporting.DemandReportService;
import org.onewindow.reporting.DemandTable;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.RepeatVisits;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.WindowStaffing;
import org.onewindow.reporting.internal.stats.ErlangC;
import org.onewindow.shared.AppRoles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;

import org.onewindow.shared.i18n.Translations;

/**
 * The demand report's SQL, on {@code intake_case} (with the segments intake keeps on it and the region names of
 * {@code intake_region}) and {@code casework_task_record}. Weeks and months are the process report's buckets in
 * the hall's time zone; weekday and hour come from the hall's wall-clock time ({@link ReportWindow#localSeconds});
 * the working days are the catalog's calendar, handed to the queries as the list of the range's days off.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed(AppRoles.MANAGER)
class DefaultDemandReportService implements DemandReportService {

    /** The age bands of intake's {@code AgeBand}, youngest first: the order of the segment's rows. */
    static final List<String> AGE_BANDS = List.of("UNDER_18", "FROM_18_TO_29", "FROM_30_TO_44", "FROM_45_TO_59",
            "FROM_60_TO_69", "FROM_70");
    /** Earlier cases this close before a case make it a repeat visit: 30 days of 24 hours. */
    static final int REPEAT_HOURS = 30 * 24;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final WorkingDayCalendar calendar;
    private final CatalogService catalog;
    private final ReportingProperties properties;
    private final ReportPages pages;

    DefaultDemandReportService(JdbcClient jdbc, Clock clock, WorkingDayCalendar calendar, CatalogService catalog,
            ReportingProperties properties, ReportPages pages) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.calendar = calendar;
        this.catalog = catalog;
        this.properties = properties;
        this.pages = pages;
    }

    @Override
    public DemandReport report(ReportFilter filter, Granularity granularity, Locale locale) {
        filter.validated(); // here, so that a bad range is reported before any query starts
        var items = pages.start(() -> demandByServiceItem(filter, granularity, locale));
        var segments = pages.start(() -> DemandDimension.SEGMENTS.stream()
                .map(segment -> demandBySegment(filter, granularity, segment, locale)).toList());
        var arrivals = pages.start(() -> arrivals(filter));
        var repeats = pages.start(() -> repeatVisits(filter, locale));
        var forecast = pages.start(() -> forecast(filter, properties.forecast().weeks(), locale));
        var staffing = pages.start(() -> staffing(filter));
        return new DemandReport(ReportPages.join(items), ReportPages.join(segments), ReportPages.join(arrivals),
                ReportPages.join(repeats), ReportPages.join(forecast), ReportPages.join(staffing));
    }

    @Override
    public DemandTable demandByServiceItem(ReportFilter filter, Granularity granularity) {
        return demandByServiceItem(filter, granularity, Translations.CHINESE);
    }

    @Override
    public DemandTable demandByServiceItem(ReportFilter filter, Granularity granularity, Locale locale) {
        return demand(filter, granularity, DemandDimension.SERVICE_ITEM, locale);
    }

    @Override
    public DemandTable demandBySegment(ReportFilter filter, Granularity granularity, DemandDimension segment,
            Locale locale) {
        if (segment == DemandDimension.SERVICE_ITEM) {
            throw new IllegalArgumentException("Not a segment: " + segment);
        }
        return demand(filter, granularity, segment, locale);
    }

    /** Cases accepted in the range per period and group; one aggregate over the cases. */
    private DemandTable demand(ReportFilter filter, Granularity granularity, DemandDimension dimension, Locale locale) {
        ReportWindow window = window(filter);
        List<LocalDate> starts = window.buckets(granularity);
        Map<String, Object> params = window.params();
        String bucket = window.bucketExpression("c.accepted_at", starts, params);
        String join = "";
        String key;
        String name = "cast(null as varchar(200))";
        switch (dimension) {
            case SERVICE_ITEM -> {
                key = "c.service_item_code";
                name = ItemNames.column("c", locale);
            }
            case APPLICANT_TYPE -> key = "c.applicant_type";
            case AGE_BAND -> key = "c.age_band";
            case DISTRICT -> {
                key = "c.district_code";
                name = chinese(locale) ? "r.name_zh" : "r.name_en";
                join = " left join intake_region r on r.code = c.district_code";
            }
            case CHANNEL -> key = "c.channel";
            case RETURNING -> key = "case when c.returning_applicant then 'RETURNING' else 'FIRST_TIME' end";
            default -> throw new IllegalArgumentException(dimension.name());
        }
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select k, max(n), b, count(*) from (select " + key + " as k, " + name + " as n, " + bucket
                + " as b from intake_case c" + join + " where c.accepted_at >= :start and c.accepted_at < :end"
                + window.caseConditions("c") + ") x group by k, b").params(params).query((rs, i) -> {
                    String code = rs.getString(1);
                    if (rs.getString(2) != null) {
                        names.put(code, rs.getString(2));
                    }
                    return counts.computeIfAbsent(code, k -> new long[starts.size()])[rs.getInt(3)] = rs.getLong(4);
                }).list();
        List<DemandTable.Row> rows = new ArrayList<>();
        counts.forEach((code, perPeriod) -> rows.add(new DemandTable.Row(code, names.get(code),
                java.util.Arrays.stream(perPeriod).boxed().toList(), java.util.Arrays.stream(perPeriod).sum())));
        rows.sort(order(dimension));
        return new DemandTable(dimension, granularity, starts,
                starts.stream().map(start -> ReportWindow.label(start, granularity)).toList(), rows);
    }

    /** Items and districts busiest first; the other segments in their natural order; the unknown value last. */
    private static Comparator<DemandTable.Row> order(DemandDimension dimension) {
        List<String> natural = switch (dimension) {
            case APPLICANT_TYPE -> List.of("PERSON", "ENTERPRISE");
            case AGE_BAND -> AGE_BANDS;
            case CHANNEL -> List.of("WINDOW", "ONLINE");
            case RETURNING -> List.of("FIRST_TIME", "RETURNING");
            default -> List.of();
        };
        Comparator<DemandTable.Row> unknownLast = Comparator.comparing(row -> row.code() == null);
        if (natural.isEmpty()) {
            return unknownLast.thenComparing(Comparator.comparingLong(DemandTable.Row::total).reversed())
                    .thenComparing(DemandTable.Row::code, Comparator.nullsLast(Comparator.naturalOrder()));
        }
        return unknownLast
                .thenComparing(row -> natural.contains(row.code()) ? natural.indexOf(row.code()) : natural.size())
                .thenComparing(DemandTable.Row::code, Comparator.nullsLast(Comparator.naturalOrder()));
    }

    @Override
    public ArrivalHeatmap arrivals(ReportFilter filter) {
        ReportWindow window = window(filter);
        Map<String, Object> params = window.params();
        String local = window.localSeconds("c.accepted_at", params);
        String day = ReportWindow.epochDay(local);
        long[][] arrivals = new long[7][24];
        jdbc.sql("select wd, h, count(*) from (select " + day + " as d, " + ReportWindow.weekday(day) + " as wd, "
                + ReportWindow.hourOfDay(local) + " as h from intake_case c where c.channel = 'WINDOW' "
                + "and c.accepted_at >= :start and c.accepted_at < :end" + window.caseConditions("c") + ") x"
                + workingDaysOnly(filter, params) + " group by wd, h").params(params)
                .query((rs, i) -> arrivals[rs.getInt(1)][rs.getInt(2)] = rs.getLong(3)).list();
        int[] workingDays = new int[7];
        for (LocalDate date : workingDays(filter)) {
            workingDays[date.getDayOfWeek().ordinal()]++;
        }
        return new ArrivalHeatmap(arrivals, workingDays);
    }

    @Override
    public List<RepeatVisits> repeatVisits(ReportFilter filter) {
        return repeatVisits(filter, Translations.CHINESE);
    }

    @Override
    public List<RepeatVisits> repeatVisits(ReportFilter filter, Locale locale) {
        ReportWindow window = window(filter);
        // Same item, accepted before (or at the same instant and registered earlier) and at most 30 days before;
        // the same applicant: the same enterprise, or the same person applying for no enterprise. Two EXISTS
        // rather than one with an OR, so that each uses its index (citizen, item, accepted / enterprise, accepted).
        String earlier = "p.service_item_code = c.service_item_code and p.accepted_at <= c.accepted_at "
                + "and p.accepted_at >= c.accepted_at - interval '" + REPEAT_HOURS + "' hour "
                + "and (p.accepted_at < c.accepted_at or p.id < c.id)";
        Map<String, Boolean> oneVisit = catalog.all().stream()
                .collect(Collectors.toMap(ServiceItem::code, ServiceItem::atMostOneVisit, (a, b) -> a));
        return jdbc.sql("select item, max(name), count(*), sum(repeated) from (select c.service_item_code as item, "
                + ItemNames.column("c", locale)
                + " as name, case when (c.enterprise_id is null and exists (select 1 from intake_case p "
                + "where p.citizen_id = c.citizen_id and p.enterprise_id is null and " + earlier + ")) "
                + "or (c.enterprise_id is not null and exists (select 1 from intake_case p "
                + "where p.enterprise_id = c.enterprise_id and " + earlier + ")) then 1 else 0 end as repeated "
                + "from intake_case c where c.accepted_at >= :start and c.accepted_at < :end"
                + window.caseConditions("c")
                + ") x group by item").params(window.params()).query((rs, i) -> {
                    long cases = rs.getLong(3);
                    long repeats = rs.getLong(4);
                    return new RepeatVisits(rs.getString(1), rs.getString(2), cases, repeats,
                            cases == 0 ? null : (double) repeats / cases,
                            oneVisit.getOrDefault(rs.getString(1), false));
                }).list().stream()
                .sorted(Comparator.comparingLong(RepeatVisits::repeatCases).reversed()
                        .thenComparing(Comparator.comparingLong(RepeatVisits::cases).reversed())
                        .thenComparing(RepeatVisits::code))
                .toList();
    }

    @Override
    public DemandForecast forecast(ReportFilter filter, int weeks) {
        return forecast(filter, weeks, Translations.CHINESE);
    }

    @Override
    public DemandForecast forecast(ReportFilter filter, int weeks, Locale locale) {
        filter.validated();
        ReportingProperties.Forecast settings = properties.forecast();
        // The history ends with the last whole week of the range (Monday to Sunday, the hall's week).
        LocalDate lastSunday = filter.to().with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        int historyWeeks = Math.min(settings.historyWeeks(), ReportFilter.MAX_DAYS / 7);
        ReportFilter history = new ReportFilter(lastSunday.minusWeeks(historyWeeks).plusDays(1), lastSunday,
                filter.departmentCode(), filter.serviceItemCode(), filter.channel());
        ReportWindow window = window(history);
        List<LocalDate> starts = window.buckets(Granularity.WEEK);
        Map<String, Object> params = window.params();
        String bucket = window.bucketExpression("c.accepted_at", starts, params);
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        jdbc.sql("select k, max(n), b, count(*) from (select c.service_item_code as k, "
                + ItemNames.column("c", locale) + " as n, " + bucket
                + " as b from intake_case c where c.accepted_at >= :start and c.accepted_at < :end"
                + window.caseConditions("c") + ") x group by k, b").params(params).query((rs, i) -> {
                    names.put(rs.getString(1), rs.getString(2));
                    return counts.computeIfAbsent(rs.getString(1), k -> new long[starts.size()])[rs.getInt(3)] = rs
                            .getLong(4);
                }).list();

        DemandForecaster forecaster = new DemandForecaster(weeks, settings.seasonWeeks(), settings.minimumFitWeeks());
        List<DemandForecast.ItemForecast> items = new ArrayList<>();
        List<DemandForecast.NotEnoughHistory> notEnough = new ArrayList<>();
        List<Map.Entry<String, long[]>> busiestFirst = counts.entrySet().stream()
                .sorted(Comparator
                        .comparingLong((Map.Entry<String, long[]> e) -> -java.util.Arrays.stream(e.getValue()).sum())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        for (Map.Entry<String, long[]> entry : busiestFirst) {
            long[] all = entry.getValue();
            int first = 0;
            while (all[first] == 0) {
                first++; // an item's history starts with its first case
            }
            long[] own = java.util.Arrays.copyOfRange(all, first, all.length);
            String code = entry.getKey();
            DemandForecaster.Outcome outcome = forecaster
                    .forecast(java.util.Arrays.stream(own).asDoubleStream().toArray());
            if (outcome == null) {
                notEnough.add(new DemandForecast.NotEnoughHistory(code, names.get(code), own.length,
                        java.util.Arrays.stream(own).sum(), forecaster.neededWeeks()));
                continue;
            }
            items.add(new DemandForecast.ItemForecast(code, names.get(code), outcome.model(),
                    starts.subList(first, starts.size()), java.util.Arrays.stream(own).boxed().toList(),
                    java.util.Arrays.stream(outcome.backTest()).boxed().toList(),
                    java.util.Arrays.stream(outcome.forecast()).boxed().toList(), outcome.mae(), outcome.mape()));
        }
        return new DemandForecast(starts.get(starts.size() - 1), weeks, settings.seasonWeeks(), historyWeeks, items,
                notEnough, forecaster.neededWeeks());
    }

    @Override
    public WindowStaffing staffing(ReportFilter filter) {
        ReportWindow window = window(filter);
        ReportingProperties.Staffing settings = properties.staffing();
        Map<String, Object> params = window.params();
        params.put("acceptance", ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW);
        // What a citizen at a window takes: the completed acceptance reviews of window cases, started in the range
        // (as the bottlenecks count steps: by creation, which the step records' index serves).
        Object[] handling = jdbc.sql("select count(*), avg(cast(t.work_seconds as double precision)) / 60 "
                + "from casework_task_record t join intake_case c on c.case_number = t.case_number "
                + "where t.task_key = :acceptance and t.completed = true and t.work_seconds is not null "
                + "and t.created_at >= :start and t.created_at < :end and c.channel = 'WINDOW'"
                + window.caseConditions("c"))
                .params(params).query((rs, i) -> new Object[] { rs.getLong(1), rs.getObject(2) }).single();
        long steps = (Long) handling[0];
        Double mean = DefaultProcessReportService.number(handling[1]);
        boolean wasMeasured = steps > 0 && mean != null && mean > 0;
        double handlingMinutes = wasMeasured ? mean : settings.defaultHandlingMinutes();

        params = window.params();
        String local = window.localSeconds("c.accepted_at", params);
        String rows = "(select " + ReportWindow.epochDay(local) + " as d, " + ReportWindow.hourOfDay(local)
                + " as h, c.registered_by as staff from intake_case c where c.channel = 'WINDOW' "
                + "and c.accepted_at >= :start and c.accepted_at < :end" + window.caseConditions("c") + ") x"
                + workingDaysOnly(filter, params);
        long[] arrivals = new long[24];
        long[] staffed = new long[24];
        jdbc.sql("select h, count(*) from " + rows + " group by h").params(params)
                .query((rs, i) -> arrivals[rs.getInt(1)] = rs.getLong(2)).list();
        jdbc.sql("select h, count(*) from (select distinct d, h, staff from " + rows + ") y group by h").params(params)
                .query((rs, i) -> staffed[rs.getInt(1)] = rs.getLong(2)).list();

        int days = workingDays(filter).size();
        int firstHour = 0;
        while (firstHour < 24 && arrivals[firstHour] == 0 && staffed[firstHour] == 0) {
            firstHour++;
        }
        int lastHour = 23;
        while (lastHour >= firstHour && arrivals[lastHour] == 0 && staffed[lastHour] == 0) {
            lastHour--;
        }
        List<WindowStaffing.Hour> hours = new ArrayList<>();
        for (int hour = firstHour; days > 0 && hour <= lastHour; hour++) {
            double perHour = (double) arrivals[hour] / days;
            hours.add(new WindowStaffing.Hour(hour, arrivals[hour], perHour,
                    ErlangC.windowsNeeded(perHour, handlingMinutes, settings.targetWaitMinutes()),
                    (double) staffed[hour] / days));
        }
        return new WindowStaffing(handlingMinutes, wasMeasured ? steps : 0, settings.targetWaitMinutes(), days, hours);
    }

    /** " where d not in (...)" over the range's days off (epoch days), or nothing when it has none. */
    private String workingDaysOnly(ReportFilter filter, Map<String, Object> params) {
        List<Long> daysOff = new ArrayList<>();
        for (LocalDate date = filter.from(); !date.isAfter(filter.to()); date = date.plusDays(1)) {
            if (!calendar.isWorkingDay(date)) {
                daysOff.add(date.toEpochDay());
            }
        }
        if (daysOff.isEmpty()) {
            return "";
        }
        params.put("daysOff", daysOff);
        return " where d not in (:daysOff)";
    }

    private List<LocalDate> workingDays(ReportFilter filter) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate date = filter.from(); !date.isAfter(filter.to()); date = date.plusDays(1)) {
            if (calendar.isWorkingDay(date)) {
                days.add(date);
            }
        }
        return days;
    }

    private static boolean chinese(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    private ReportWindow window(ReportFilter filter) {
        return new ReportWindow(filter, clock.getZone());
    }
}
