package org.onewindow.catalog.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.onewindow.catalog.CalendarChange;
import org.onewindow.catalog.CalendarDay;
import org.onewindow.catalog.DayKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code catalog_calendar_day} and the change log {@code catalog_calendar_change}. */
@Repository
class CalendarDayStore {

    private final JdbcClient jdbc;

    CalendarDayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CalendarDay> all() {
        return jdbc.sql("select calendar_date, kind, name from catalog_calendar_day order by calendar_date")
                .query((rs, row) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    List<CalendarDay> between(LocalDate from, LocalDate to) {
        return jdbc.sql(
                "select calendar_date, kind, name from catalog_calendar_day where calendar_date between :from and :to order by calendar_date")
                .param("from", from).param("to", to)
                .query((rs, row) -> new CalendarDay(rs.getObject(1, LocalDate.class), DayKind.valueOf(rs.getString(2)),
                        rs.getString(3)))
                .list();
    }

    boolean exists(LocalDate day) {
        return jdbc.sql("select count(*) from catalog_calendar_day where calendar_date = :day").param("day", day)
                .query(Long.class).single() > 0;
    }

    void insert(CalendarDay day) {
        jdbc.sql("insert into catalog_calendar_day (calendar_date, kind, name) values (:day, :kind, :name)")
                .param("day", day.day()).param("kind", day.kind().name()).param("name", day.name()).update();
    }

    int delete(LocalDate day) {
        return jdbc.sql("delete from catalog_calendar_day where calendar_date = :day").param("day", day).update();
    }

    int deleteBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("delete from catalog_calendar_day where calendar_date between :from and :to")
                .param("from", from)
                .param("to", to).update();
    }

    void recordChange(Instant at, String by, String action, String summary) {
        jdbc.sql("insert into catalog_calendar_change (changed_at, changed_by, action, summary) "
                + "values (:at, :by, :action, :summary)").param("at", at.atOffset(ZoneOffset.UTC)).param("by", by)
                .param("action", action).param("summary", summary.length() > 500 ? summary.substring(0, 500) : summary)
                .update();
    }

    List<CalendarChange> recentChanges(int limit) {
        return jdbc.sql("select changed_at, changed_by, action, summary from catalog_calendar_change "
                + "order by changed_at desc, id desc fetch first " + limit + " rows only")
                .query((rs, row) -> new CalendarChange(rs.getObject(1, OffsetDateTime.class).toInstant(),
                        rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
