package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.DayKind;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.i18n.LocaleContextHolder;

class CalendarCsvTest {

    @AfterEach
    void resetLanguage() {
        LocaleContextHolder.resetLocaleContext();
    }

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
    void aQuotedNameMayHoldACommaAndQuotes() {
        var days = CalendarCsv.parse(2026, new StringReader("""
                date,kind,name
                2026-02-17,HOLIDAY,"Spring Festival, day 1"
                2026-02-18, HOLIDAY ,"The ""second"" day"
                """));
        assertThat(days).extracting(day -> day.name()).containsExactly("Spring Festival, day 1", "The \"second\" day");
    }

    @Test
    void countsCommentsBlankLinesAndLinesInsideQuotesWhenNamingABadLine() {
        assertThatThrownBy(() -> CalendarCsv.parse(2026, new StringReader(
                "# National Day\r\n\r\n2026-10-01,HOLIDAY,\"National\r\nDay\"\r\n  # indented comment\r\n"
                        + "2026-10-01,FEAST,National Day\r\n")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("line 6")
                        .containsEntry("line 6", "Kind must be HOLIDAY or WORKDAY, not 'FEAST'."));
    }

    @Test
    void anUnterminatedQuoteIsReportedForTheFile() {
        assertThatThrownBy(() -> CalendarCsv.parse(2026, new StringReader("2026-10-01,HOLIDAY,\"National Day\n")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("file"));
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
                .hasEntrySatisfying("line 4", message -> assertThat(message).isEqualTo(
                        "2026-10-08 is a thursday: only a Saturday or Sunday can be a make-up working day."))
                .containsEntry("line 2", "Kind must be HOLIDAY or WORKDAY, not 'FEAST'.")
                .containsEntry("line 5", "2027-01-01 is not in 2026."));
    }

    @Test
    void problemsAreInTheLanguageOfTheAdministratorsScreen() {
        LocaleContextHolder.setLocale(Translations.CHINESE);
        assertThatThrownBy(() -> CalendarCsv.parse(2026, new StringReader("""
                2026-10-08,WORKDAY,A Thursday
                2026-10-01,FEAST,National Day
                2027-01-01,HOLIDAY,Next year
                """))).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                .containsEntry("line 1", "2026-10-08是星期四：只有周六或周日才能设为调休上班日。")
                .containsEntry("line 2", "类型应为 HOLIDAY（法定节假日）或 WORKDAY（调休上班日），不能是“FEAST”。")
                .containsEntry("line 3", "2027-01-01不在2026年内。"));
    }

    @Test
    void everyWeekdayHasANameInBothLanguages() {
        // Only a weekday can be named in the refusal, but every day's key must exist for the prefix built in code.
        LocalDate monday = LocalDate.of(2026, 11, 23);
        for (DayOfWeek day : DayOfWeek.values()) {
            for (var locale : Translations.LOCALES) {
                LocaleContextHolder.setLocale(locale);
                assertThat(Translations.current("catalog.weekday." + day.name())).doesNotStartWith("!");
            }
            LocaleContextHolder.resetLocaleContext();
            String problem = CalendarRules.problem(monday.with(day), DayKind.WORKDAY, "Make-up day");
            if (day.getValue() < 6) {
                assertThat(problem).contains(day.name().toLowerCase()).doesNotContain("!");
            } else {
                assertThat(problem).isNull();
            }
        }
    }
}
