package org.onewindow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CalendarDay;
import org.onewindow.catalog.DayKind;
import org.onewindow.catalog.HolidayCalendarService;
import org.onewindow.open311.ApiKey;
import org.onewindow.open311.ApiKeyService;
import org.onewindow.open311.NewApiKey;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Administrative changes leave an entry with who, when, before and after, written in the change's own transaction;
 * only administrators search and export the log. On H2 ({@link AdministrativeChangesIntegrationTest}) and
 * PostgreSQL ({@link AdministrativeChangesPostgresIntegrationTest}). Each scenario changes days and keys of its own
 * (far-future days, random names), so that it finds its entries among those of the other tests.
 */
public abstract class AdministrativeChangesScenarios {

    @Autowired
    AdministrativeChanges auditLog;
    @Autowired
    HolidayCalendarService holidays;
    @Autowired
    ApiKeyService apiKeys;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;
    @Autowired
    Staff staff;

    @Test
    void aCalendarChangeIsLoggedWithWhoWhenBeforeAndAfter() {
        LocalDate day = farDay();
        clock.advance(Duration.ofDays(3));
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        staff.run("admin", () -> holidays.add(new CalendarDay(day, DayKind.HOLIDAY, "County founding day")));
        staff.run("admin", () -> holidays.remove(day));
        Instant after = clock.instant();

        List<LoggedChange> entries = entriesAbout(day.toString());
        assertThat(entries).extracting(LoggedChange::action).containsExactly(AdminAction.REMOVED,
                AdminAction.CREATED);
        LoggedChange added = entries.get(1);
        assertThat(added.area()).isEqualTo(AdminArea.CALENDAR);
        assertThat(added.actor()).isEqualTo("admin");
        // The hall's clock (three days ahead here), not the database's or the JVM's.
        assertThat(added.changedAt()).isBetween(before, after);
        assertThat(added.before()).isNull();
        assertThat(added.after()).isEqualTo("kind: HOLIDAY, name: County founding day");
        LoggedChange removed = entries.get(0);
        assertThat(removed.before()).isEqualTo("kind: HOLIDAY, name: County founding day");
        assertThat(removed.after()).isNull();
    }

    @Test
    void importingAYearIsLoggedWithHowManyDaysBeforeAndAfter() {
        // A year of its own (farDay stays before it): the import replaces the whole year.
        int year = 2150;
        staff.run("admin", () -> holidays.importYear(year, new StringReader("2150-01-01,HOLIDAY,New Year\n")));
        staff.run("admin", () -> holidays.importYear(year,
                new StringReader("2150-01-01,HOLIDAY,New Year\n2150-10-01,HOLIDAY,National Day\n")));

        LoggedChange latest = entriesAbout("2150").get(0);
        assertThat(latest.area()).isEqualTo(AdminArea.CALENDAR);
        assertThat(latest.action()).isEqualTo(AdminAction.IMPORTED);
        assertThat(latest.before()).isEqualTo("days: 1, HOLIDAY: 1");
        assertThat(latest.after()).isEqualTo("days: 2, HOLIDAY: 2");
    }

    @Test
    void revokingAnApiKeyIsLoggedWithTheStateBeforeAndAfter() {
        String name = "audit-client-" + ThreadLocalRandom.current().nextInt(1_000_000);
        Instant before = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ApiKey key = staff.as("admin", () -> apiKeys.create(new NewApiKey(name, 30))).key();
        staff.run("admin", () -> apiKeys.revoke(key.id()));

        List<LoggedChange> entries = entriesAbout(name);
        assertThat(entries).extracting(LoggedChange::action).containsExactly(AdminAction.REVOKED,
                AdminAction.CREATED);
        LoggedChange revoked = entries.get(0);
        assertThat(revoked.area()).isEqualTo(AdminArea.API_KEYS);
        assertThat(revoked.actor()).isEqualTo("admin");
        assertThat(revoked.changedAt()).isBetween(before, clock.instant());
        assertThat(revoked.before()).contains("requests per minute: 30").contains("state: active");
        assertThat(revoked.after()).contains("state: revoked");
        // The secret is shown to the administrator once, never logged.
        assertThat(entries.get(1).after()).contains("prefix: " + key.prefix()).doesNotContain("null");
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() {
        LocalDate day = farDay();
        staff.run("admin", () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            holidays.add(new CalendarDay(day, DayKind.HOLIDAY, "Rolled back"));
            status.setRollbackOnly();
        }));
        assertThat(holidays.year(day.getYear())).noneMatch(entry -> entry.day().equals(day));
        assertThat(entriesAbout(day.toString())).isEmpty();
    }

    @Test
    void theLogIsWrittenOnlyInTheChangesTransactionAndBySystemWhenNoOneIsSignedIn() {
        AdministrativeChange change = new AdministrativeChange(AdminArea.OUTBOX, "audit-outside-" + farDay(),
                AdminAction.PAUSED, null, null);
        assertThatThrownBy(() -> auditLog.record(change)).isInstanceOf(IllegalTransactionStateException.class);

        new TransactionTemplate(transactions).executeWithoutResult(status -> auditLog.record(change));
        assertThat(entriesAbout(change.subject())).singleElement()
                .satisfies(entry -> assertThat(entry.actor()).isEqualTo("system"));
    }

    @Test
    void onlyAdministratorsSearchAndExport() {
        assertThatThrownBy(() -> staff.run("manager", () -> auditLog.search(AuditFilter.any(), new PageRequest(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("manager", () -> auditLog.count(AuditFilter.any())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.run("manager", () -> auditLog.exportCsv(AuditFilter.any(), Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> auditLog.count(AuditFilter.any())).isInstanceOf(Exception.class);
    }

    @Test
    void theFilterSelectsByAreaActorSubjectAndDaysAndTheExportHoldsWhatItSelects() throws Exception {
        LocalDate day = farDay();
        staff.run("admin", () -> holidays.add(new CalendarDay(day, DayKind.HOLIDAY, "=HYPERLINK(\"x\"), 调休")));
        LocalDate today = LocalDate.now(clock);

        assertThat(count(new AuditFilter(AdminArea.CALENDAR, "admin", day.toString(), today, today))).isOne();
        assertThat(count(new AuditFilter(AdminArea.API_KEYS, null, day.toString(), null, null))).isZero();
        assertThat(count(new AuditFilter(null, "manager", day.toString(), null, null))).isZero();
        assertThat(count(new AuditFilter(null, null, day.toString(), today.plusDays(1), null))).isZero();
        assertThat(count(new AuditFilter(null, null, day.toString(), null, today.minusDays(1)))).isZero();
        assertThat(count(new AuditFilter(null, null, "%", null, null))).as("% is a character, not a wildcard")
                .isZero();

        byte[] csv = staff.as("admin",
                () -> auditLog.exportCsv(new AuditFilter(AdminArea.CALENDAR, null, day.toString(), null, null),
                        Translations.CHINESE));
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).toList()).containsExactly("时间", "操作人", "类别", "对象", "操作", "变更前", "变更后");
        CSVRecord entry = records.get(1);
        assertThat(entry.get(1)).isEqualTo("admin");
        assertThat(entry.get(2)).isEqualTo("节假日日历");
        assertThat(entry.get(3)).isEqualTo(day.toString());
        assertThat(entry.get(4)).isEqualTo("新建");
        assertThat(entry.get(5)).isEmpty();
        assertThat(entry.get(6)).isEqualTo("kind: HOLIDAY, name: =HYPERLINK(\"x\"), 调休");
    }

    private long count(AuditFilter filter) {
        return staff.as("admin", () -> auditLog.count(filter));
    }

    private List<LoggedChange> entriesAbout(String subject) {
        return staff.as("admin",
                () -> auditLog.search(new AuditFilter(null, null, subject, null, null), new PageRequest(0, 50)));
    }

    /** A day of its own for each scenario, far from the deadlines the other tests count. */
    private static LocalDate farDay() {
        return LocalDate.of(2090, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    }
}
