package org.onewindow.shared;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hall's time zone ({@code onewindow.hall-zone}): times are stored as instants, but dates on receipts
 * and working-day arithmetic are in the zone of the hall.
 */
@ConfigurationProperties("onewindow")
public record HallClock(@DefaultValue("Asia/Shanghai") ZoneId hallZone) {

    public Clock systemClock() {
        return Clock.system(hallZone);
    }
}
