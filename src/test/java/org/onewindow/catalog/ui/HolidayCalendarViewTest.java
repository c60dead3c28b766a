package org.onewindow.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CalendarChange;
import org.onewindow.catalog.CalendarDay;
import org.onewindow.catalog.CalendarDayField;
import org.onewindow.catalog.DayKind;
import org.onewindow.catalog.HolidayCalendarService;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** The administrators' holiday calendar in both languages: labels, kinds of day, dates and the change log. */
class HolidayCalendarViewTest {

    private static final Instant NOW = Instant.parse("2026-11-28T07:05:00Z");
    private final HolidayCalendarService calendar = mock(HolidayCalendarService.class);
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        when(calendar.year(anyInt())).thenReturn(List.of(
                new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "National Day"),
                new CalendarDay(LocalDate.of(2026, 10, 10), DayKind.WORKDAY, "National Day (make-up working day)")));
        when(calendar.recentChanges(anyInt())).thenReturn(List.of(
                new CalendarChange(NOW, "admin", "ADDED", "2026-10-01 HOLIDAY National Day"),
                new CalendarChange(NOW, "admin", "REMOVED", "2026-12-24"),
                new CalendarChange(NOW, "admin", "IMPORTED", "28 days of 2026")));
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void calendarInEnglish() {
        HolidayCalendarView view = open(Translations.ENGLISH);

        assertThat(view.getPageTitle()).isEqualTo("Holiday calendar | OneWindow");
        assertThat(GridKt._getFormatted(view.grid, 0, "date")).isEqualTo("Oct 1, 2026 Thu");
        assertThat(GridKt._getFormatted(view.grid, 0, "kind")).isEqualTo("Holiday");
        assertThat(GridKt._getFormatted(view.grid, 1, "kind")).isEqualTo("Make-up working day");
        assertThat(view.changes.getElement().getTextRecursively()).contains(
                "Nov 28, 2026, 3:05 PM · admin · Added · 2026-10-01 HOLIDAY National Day", "· Removed ·",
                "· Imported ·");
        assertThat(view.getElement().getTextRecursively()).contains("Holiday calendar", "Add a day", "Import a year",
                "Recent changes").doesNotContain("!");
    }

    @Test
    void calendarInChinese() {
        HolidayCalendarView view = open(Translations.CHINESE);

        assertThat(view.getPageTitle()).isEqualTo("节假日日历 | 一窗通办");
        assertThat(GridKt._getFormatted(view.grid, 0, "date")).isEqualTo("2026年10月1日 周四");
        assertThat(GridKt._getFormatted(view.grid, 0, "kind")).isEqualTo("法定节假日");
        assertThat(GridKt._getFormatted(view.grid, 1, "kind")).isEqualTo("调休上班日");
        assertThat(view.addKind.getListDataView().getItems().map(view.addKind.getItemLabelGenerator()))
                .containsExactly("法定节假日", "调休上班日");
        assertThat(view.changes.getElement().getTextRecursively()).contains(
                "2026年11月28日 15:05 · admin · 添加 · 2026-10-01 HOLIDAY National Day", "· 删除 ·", "· 导入 ·");
        assertThat(view.getElement().getTextRecursively()).contains("节假日日历", "添加日期", "按年导入", "最近修改")
                .doesNotContain("!");
        assertThat(view.addDate.getLabel()).isEqualTo("日期");
        assertThat(view.add.getText()).isEqualTo("添加");

        _click((Button) GridKt._getCellComponent(view.grid, 0, "remove"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("删除2026年10月1日？");
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("删除后“National Day”将不再计入，在办件的到期日将重新计算。");
    }

    @Test
    void aRefusedDayIsShownOnTheFieldItConcerns() {
        HolidayCalendarView view = open(Translations.ENGLISH);
        LocalDate thursday = LocalDate.of(2026, 10, 8);
        when(calendar.add(any())).thenThrow(InvalidInputException.of(Map.of(CalendarDayField.DAY,
                "2026-10-08 is a Thursday: only a Saturday or Sunday can be a make-up working day.")));
        view.addDate.setValue(thursday);
        view.addKind.setValue(DayKind.WORKDAY);
        view.addName.setValue("Make-up day");
        _click(view.add);

        verify(calendar).add(new CalendarDay(thursday, DayKind.WORKDAY, "Make-up day"));
        assertThat(view.addDate.isInvalid()).isTrue();
        assertThat(view.addDate.getErrorMessage()).startsWith("2026-10-08 is a Thursday");
        assertThat(view.addName.isInvalid()).isFalse();
        assertThat(view.addName.getValue()).isEqualTo("Make-up day");
        NotificationsKt.expectNoNotifications();
    }

    private HolidayCalendarView open(Locale locale) {
        UI.getCurrent().setLocale(locale);
        HolidayCalendarView view = new HolidayCalendarView(calendar, new HallDates(clock), clock);
        UI.getCurrent().add(view);
        return view;
    }
}
