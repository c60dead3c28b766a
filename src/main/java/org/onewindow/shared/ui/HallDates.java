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

    /** A duration as staff read it: "2 d 3 h", "5 h 10 min", "4 min". */
    public static String duration(java.time.Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        if (days > 0) {
            return days + " d " + hours + " h";
        }
        return hours > 0 ? hours + " h " + minutes % 60 + " min" : minutes + " min";
    }

    public Instant now() {
        return clock.instant();
    }
}
