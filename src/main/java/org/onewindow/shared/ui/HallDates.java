package org.onewindow.shared.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/** Formats instants for screens in the hall's time zone. */
@Component
public class HallDates {

    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final Clock clock;

    public HallDates(Clock clock) {
        this.clock = clock;
        this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : date.format(instant);
    }

    public Instant now() {
        return clock.instant();
    }
}
