package org.onewindow.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.notification.*}.
 *
 * @param dispatchInterval how often the dispatcher looks for due messages ({@code 0} switches it off)
 * @param maxAttempts tries before a message is marked FAILED
 * @param firstRetryDelay delay after the first failure; it doubles with each further failure
 * @param claimDuration how long a node holds a message it is sending before another node may take it over
 * @param smsGateway {@code logging} (development) or {@code http}
 * @param smsUrl the HTTP SMS gateway's endpoint
 * @param smsKey the HTTP SMS gateway's API key
 * @param emailFrom sender address of e-mails
 */
@ConfigurationProperties("onewindow.notification")
public record NotificationProperties(@DefaultValue("10s") Duration dispatchInterval, @DefaultValue("5") int maxAttempts,
        @DefaultValue("30s") Duration firstRetryDelay, @DefaultValue("2m") Duration claimDuration,
        @DefaultValue("50") int batchSize, @DefaultValue("logging") String smsGateway, String smsUrl, String smsKey,
        @DefaultValue("onewindow@hall.example.gov.cn") String emailFrom) {
}
