package org.onewindow.reporting.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.ReportFilter;

/**
 * A report's dates as instants in the hall's time zone, the SQL conditions of its filter on a case table,
 * the weeks or months of a trend as a CASE expression, and the hall's wall-clock time for weekdays and hours —
 * so that every database groups by the hall's calendar, not by UTC days, without date functions that differ
 * between H2 and PostgreSQL.
 */
final class ReportWindow {

    final ReportFilter filter;
    final OffsetDateTime start;
    final OffsetDateTime end;
    private final ZoneId zone;

    ReportWindow(ReportFilter filter, ZoneId zone) {
        this.filter = filter.validated();
        this.zone = zone;
        this.start = utc(filter.from().atStartOfDay(zone).toInstant());
        this.end = utc(filter.to().plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** Parameters for {@link #caseConditions(String)} and the range, by name. */
    Map<String, Object> params() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("start", start);
        params.put("end", end);
        if (filter.departmentCode() != null) {
            params.put("department", filter.departmentCode());
        }
        if (filter.serviceItemCode() != null) {
            params.put("item", filter.serviceItemCode());
        }
        if (filter.channel() != null) {
            params.put("channel", filter.channel());
        }
        return params;
    }

    /** " and ..." conditions on a table with the columns of {@code intake_case}, under the given alias. */
    String caseConditions(String alias) {
        StringBuilder sql = new StringBuilder();
        if (filter.departmentCode() != null) {
            sql.append(" and ").append(alias).append(".lead_department_code = :department");
        }
        if (filter.serviceItemCode() != null) {
            sql.append(" and ").append(alias).append(".service_item_code = :item");
        }
        if (filter.channel() != null) {
            sql.append(" and ").append(alias).append(".channel = :channel");
        }
        return sql.toString();
    }

    /** The weeks (from Monday) or months that the range touches, each with its first day. */
    List<LocalDate> buckets(Granularity granularity) {
        List<LocalDate> starts = new ArrayList<>();
        LocalDate first = granularity == Granularity.WEEK
                ? filter.from().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                : filter.from().withDayOfMonth(1);
        for (LocalDate day = first; !day.isAfter(filter.to()); day = granularity == Granularity.WEEK ? day.plusWeeks(1)
                : day.plusMonths(1)) {
            starts.add(day);
        }
        return starts;
    }

    static String label(LocalDate start, Granularity granularity) {
        return granularity == Granularity.WEEK
                ? start.get(IsoFields.WEEK_BASED_YEAR) + "-W"
                        + String.format("%02d", start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR))
                : start.format(DateTimeFormatter.ofPattern("yyyy-MM"));
    }

    /**
     * "case when col &lt; :b1 then 0 when col &lt; :b2 then 1 ... else n-1 end": the index of the bucket an
     * instant falls in; rows outside the range are excluded by the query's own conditions.
     */
    String bucketExpression(String column, List<LocalDate> starts, Map<String, Object> params) {
        if (starts.size() == 1) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("case");
        for (int i = 1; i < starts.size(); i++) {
            String name = "bucket" + i;
            params.put(name, utc(starts.get(i).atStartOfDay(zone).toInstant()));
            sql.append(" when ").append(column).append(" < :").append(name).append(" then ").append(i - 1);
        }
        return sql.append(" else ").append(starts.size() - 1).append(" end").toString();
    }

    /**
     * The hall's wall-clock time of an instant column as seconds since 1970-01-01T00:00 on that clock: the column's
     * epoch seconds plus the zone's offset, the offset a CASE over the zone's transitions in the range (none in
     * Asia/Shanghai) the way {@link #bucketExpression} cases over the buckets' first instants. The weekday and hour
     * of a row come from this without date functions that differ between H2 and PostgreSQL.
     */
    String localSeconds(String column, Map<String, Object> params) {
        ZoneRules rules = zone.getRules();
        Instant from = start.toInstant();
        Instant to = end.toInstant();
        String epoch = "extract(epoch from " + column + ")";
        StringBuilder offsets = new StringBuilder();
        int count = 0;
        for (ZoneOffsetTransition transition = rules.nextTransition(from); transition != null
                && transition.getInstant().isBefore(to); transition = rules.nextTransition(transition.getInstant())) {
            String name = "zoneChange" + count++;
            params.put(name, utc(transition.getInstant()));
            offsets.append(" when ").append(column).append(" < :").append(name).append(" then ")
                    .append(transition.getOffsetBefore().getTotalSeconds());
        }
        int last = rules.getOffset(to.minusSeconds(1)).getTotalSeconds();
        if (count == 0) {
            return "(" + epoch + " + " + rules.getOffset(from).getTotalSeconds() + ")";
        }
        return "(" + epoch + " + case" + offsets + " else " + last + " end)";
    }

    /** The hall's day of a wall-clock time in seconds ({@link #localSeconds}) as days since 1970-01-01. */
    static String epochDay(String localSeconds) {
        return "cast(floor(" + localSeconds + " / 86400) as bigint)";
    }

    /** The hour of day, 0 to 23, of a wall-clock time in seconds ({@link #localSeconds}). */
    static String hourOfDay(String localSeconds) {
        return "cast(floor(mod(" + localSeconds + ", 86400) / 3600) as integer)";
    }

    /** The weekday, Monday 0 to Sunday 6, of a day since 1970-01-01 (a Thursday). */
    static String weekday(String epochDay) {
        return "mod(" + epochDay + " + 3, 7)";
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
