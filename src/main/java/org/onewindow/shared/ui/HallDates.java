package org.onewindow.shared.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.onewindow.shared.i18n.LocaleFormats;
import org.springframework.stereotype.Component;

import com.vaadin.flow.i18n.I18NProvider;

/** Formats instants for screens in the hall's time zone and the reader's language. */
@Component
public class HallDates {

    private final Clock clock;

    public HallDates(Clock clock) {
        this.clock = clock;
    }

    public String dateTime(Instant instant) {
        return LocaleFormats.dateTime(instant, clock.getZone(), UiFormats.locale());
    }

    public String date(Instant instant) {
        return LocaleFormats.date(instant, clock.getZone(), UiFormats.locale());
    }

    public String date(LocalDate date) {
        return LocaleFormats.date(date, UiFormats.locale());
    }

    /** On a paper for a citizen, whose language may not be the screen's. */
    public String dateTime(Instant instant, Locale reader) {
        return LocaleFormats.dateTime(instant, clock.getZone(), reader);
    }

    /** On a paper for a citizen, whose language may not be the screen's. */
    public String date(Instant instant, Locale reader) {
        return LocaleFormats.date(instant, clock.getZone(), reader);
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    /** A duration as staff read it: "2 d 3 h", "5 h 10 min", "4 min" (in Chinese "2天3小时"). */
    public static String duration(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        long days = minutes / (24 * 60);
        long hours = minutes / 60 % 24;
        if (days > 0) {
            return I18NProvider.translate("shared.duration.days", days, hours);
        }
        return hours > 0 ? I18NProvider.translate("shared.duration.hours", hours, minutes % 60)
                : I18NProvider.translate("shared.duration.minutes", minutes);
    }

    public Instant now() {
        return clock.instant();
    }
}
