package org.onewindow.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.onewindow.reporting.ReportFilter;

/** The hall's wall-clock time in SQL: a fixed offset where the zone has none to change, a CASE where it does. */
class ReportWindowTest {

    @Test
    void aZoneWithoutChangesAddsItsOffset() {
        ReportWindow window = new ReportWindow(ReportFilter.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)),
                ZoneId.of("Asia/Shanghai"));
        Map<String, Object> params = new LinkedHashMap<>();
        assertThat(window.localSeconds("c.accepted_at", params))
                .isEqualTo("(extract(epoch from c.accepted_at) + 28800)");
        assertThat(params).isEmpty();
    }

    @Test
    void aZoneWithSummerTimeCasesOverItsChangesInTheRange() {
        ReportWindow window = new ReportWindow(ReportFilter.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 11, 30)),
                ZoneId.of("Europe/Berlin"));
        Map<String, Object> params = new LinkedHashMap<>();
        assertThat(window.localSeconds("c.accepted_at", params)).isEqualTo("(extract(epoch from c.accepted_at) + case "
                + "when c.accepted_at < :zoneChange0 then 3600 when c.accepted_at < :zoneChange1 then 7200 else 3600 end)");
        assertThat(params).containsEntry("zoneChange0", Instant.parse("2024-03-31T01:00:00Z").atOffset(ZoneOffset.UTC))
                .containsEntry("zoneChange1", Instant.parse("2024-10-27T01:00:00Z").atOffset(ZoneOffset.UTC));
    }

    @Test
    void dayHourAndWeekdayFromTheWallClock() {
        assertThat(ReportWindow.epochDay("s")).isEqualTo("cast(floor(s / 86400) as bigint)");
        assertThat(ReportWindow.hourOfDay("s")).isEqualTo("cast(floor(mod(s, 86400) / 3600) as integer)");
        // 1 January 1970 was a Thursday: day 0 is weekday 3 (Monday 0).
        assertThat(ReportWindow.weekday("d")).isEqualTo("mod(d + 3, 7)");
    }
}
