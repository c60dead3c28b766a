package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.DayKind;
import org.onewindow.shared.InvalidInputException;

class CalendarCsvTest {

    @Test
    void readsAYearWithAHeaderLine() {
        var days = CalendarCsv.parse(2026, new StringReader("""
                date,kind,name
                2026-10-01,HOLIDAY,National Day
                2026-10-10,workday,National Day (make-up working day)
                """));
        assertThat(days).hasSize(2);
        assertThat(days.get(1).kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(days.get(0).day()).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void acceptsTheByteOrderMarkSpreadsheetsWrite() {
        assertThat(CalendarCsv.parse(2026, new StringReader("\uFEFFdate,kind,name\n2026-10-01,HOLIDAY,National Day\n")))
                .hasSize(1);
    }

    @Test
    void reportsEveryBadLineByNumber() {
        assertThatThrownBy(() -> CalendarCsv.parse(2026, new StringReader("""
                2026-13-01,HOLIDAY,Nonsense
                2026-10-01,FEAST,National Day
                2026-10-02,HOLIDAY,
                2026-10-08,WORKDAY,A Thursday
                2027-01-01,HOLIDAY,Next year
                2026-10-03,HOLIDAY,Fine
                """))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("line 1", "line 2", "line 3", "line 4", "line 5")
                        .hasEntrySatisfying("line 4", message -> assertThat(message).contains("Saturday or Sunday")));
    }
}
