package org.onewindow.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.audit.AuditFilter;
import org.onewindow.audit.LoggedChange;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.support.MutableClock;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

/** The administrators' audit log: the entries newest first, the filter, and an export of what the filter selects. */
class AuditLogViewTest {

    private static final Instant AT = Instant.parse("2026-12-07T01:00:00Z");
    private static final LoggedChange KEY_REVOKED = new LoggedChange(2, AT, "admin", AdminArea.API_KEYS, "county-app",
            AdminAction.REVOKED, "state: active", "state: revoked");
    private static final LoggedChange DAY_ADDED = new LoggedChange(1, AT.minusSeconds(60), "admin",
            AdminArea.CALENDAR, "2026-12-31", AdminAction.CREATED, null, "kind: HOLIDAY, name: New Year's Eve");

    private final AdministrativeChanges changes = mock(AdministrativeChanges.class);
    private AuditLogView view;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Translations.ENGLISH);
        List<LoggedChange> all = List.of(KEY_REVOKED, DAY_ADDED);
        when(changes.search(any(), any())).thenAnswer(call -> {
            AuditFilter filter = call.getArgument(0);
            PageRequest page = call.getArgument(1);
            List<LoggedChange> selected = all.stream()
                    .filter(change -> filter.area() == null || filter.area() == change.area()).toList();
            return selected.subList(Math.min(page.offset(), selected.size()),
                    Math.min(page.offset() + page.limit(), selected.size()));
        });
        when(changes.count(any())).thenAnswer(call -> {
            AuditFilter filter = call.getArgument(0);
            return all.stream().filter(change -> filter.area() == null || filter.area() == change.area()).count();
        });
        view = new AuditLogView(changes, new HallDates(new MutableClock(ZoneId.of("Asia/Shanghai"))));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    @Test
    void showsTheEntriesNewestFirstInTheHallsTimeAndLanguage() {
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.grid, 0, "changedAt")).isEqualTo("Dec 7, 2026, 9:00 AM");
        assertThat(GridKt._getFormatted(view.grid, 0, "area")).isEqualTo("API keys");
        assertThat(GridKt._getFormatted(view.grid, 0, "action")).isEqualTo("Revoked");
        assertThat(GridKt._getFormatted(view.grid, 0, "before")).isEqualTo("state: active");
        assertThat(GridKt._getFormatted(view.grid, 1, "subject")).isEqualTo("2026-12-31");
        assertThat(GridKt._getFormatted(view.grid, 1, "before")).isEqualTo("—");
        assertThat(GridKt._getFormatted(view.grid, 1, "after")).isEqualTo("kind: HOLIDAY, name: New Year's Eve");
    }

    @Test
    void theFilterNarrowsTheGridAndTheExport() {
        _setValue(view.area, AdminArea.CALENDAR);
        _setValue(view.actor, " admin ");
        _setValue(view.subject, "2026-12");
        _setValue(view.from, LocalDate.of(2026, 12, 1));
        _setValue(view.to, LocalDate.of(2026, 12, 7));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(view.grid, 0, "area")).isEqualTo("Holiday calendar");

        AuditFilter expected = new AuditFilter(AdminArea.CALENDAR, " admin ", "2026-12", LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 12, 7));
        when(changes.exportCsv(eq(expected), eq(Translations.ENGLISH)))
                .thenReturn("\uFEFFWhen,Changed by\r\n".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(view.exportCsv(), StandardCharsets.UTF_8)).isEqualTo("\uFEFFWhen,Changed by\r\n");
        verify(changes).exportCsv(expected, Translations.ENGLISH);
    }

    @Test
    void aRangeThatEndsBeforeItStartsCannotBePicked() {
        _setValue(view.from, LocalDate.of(2026, 12, 5));
        assertThat(view.to.getMin()).isEqualTo(LocalDate.of(2026, 12, 5));
        _setValue(view.to, LocalDate.of(2026, 12, 9));
        assertThat(view.from.getMax()).isEqualTo(LocalDate.of(2026, 12, 9));
    }

    @Test
    void exportIsALinkThatDownloads() {
        assertThat(view.export.getElement().hasAttribute("download")).isTrue();
        assertThat(view.export.getText()).isEqualTo("Export CSV");
    }
}
