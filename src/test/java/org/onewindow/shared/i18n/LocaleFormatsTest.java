package org.onewindow.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Dates, numbers and percentages follow the reader's language; instants are shown in the hall's zone. */
class LocaleFormatsTest {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    // 07:05 UTC is 15:05 in the hall.
    private static final Instant AFTERNOON = Instant.parse("2026-11-28T07:05:00Z");

    @Test
    void datesAndTimesPerLanguage() {
        assertThat(LocaleFormats.date(LocalDate.of(2026, 11, 28), Translations.CHINESE)).isEqualTo("2026年11月28日");
        assertThat(LocaleFormats.date(LocalDate.of(2026, 11, 28), Translations.ENGLISH)).isEqualTo("Nov 28, 2026");
        assertThat(LocaleFormats.dateTime(AFTERNOON, HALL, Translations.CHINESE)).isEqualTo("2026年11月28日 15:05");
        assertThat(LocaleFormats.dateTime(AFTERNOON, HALL, Translations.ENGLISH)).isEqualTo("Nov 28, 2026, 3:05 PM");
        // Just before midnight UTC is already the next day in the hall.
        assertThat(LocaleFormats.date(Instant.parse("2026-11-28T16:30:00Z"), HALL, Translations.ENGLISH))
                .isEqualTo("Nov 29, 2026");
        assertThat(LocaleFormats.dateTime(null, HALL, Translations.ENGLISH)).isEmpty();
    }

    @Test
    void numbersAndPercentagesPerLanguage() {
        assertThat(LocaleFormats.integer(1234567, Translations.ENGLISH)).isEqualTo("1,234,567");
        assertThat(LocaleFormats.integer(1234567, Translations.CHINESE)).isEqualTo("1,234,567");
        assertThat(LocaleFormats.decimal(3.14159, 2, Translations.CHINESE)).isEqualTo("3.14");
        assertThat(LocaleFormats.percent(0.8333, 1, Translations.ENGLISH)).isEqualTo("83.3%");
        assertThat(LocaleFormats.percent(0.8333, 1, Translations.CHINESE)).isEqualTo("83.3%");
        assertThat(LocaleFormats.percent(null, 1, Translations.CHINESE)).isEmpty();
        assertThat(LocaleFormats.decimal(Double.NaN, 1, Translations.CHINESE)).isEmpty();
    }
}
