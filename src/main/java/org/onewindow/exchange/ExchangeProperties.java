package org.onewindow.exchange;

import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code onewindow.exchange.*}: the provincial evaluation platform. See {@code docs/province-interface.md}.
 *
 * @param enabled the sender runs (records are written whether or not, so that enabling it sends the backlog)
 * @param endpoint the platform's base URL; {@code https://} (a plain {@code http://} one is refused at start-up and
 *     at every send unless {@code allowPlainHttp}, which is for tests against a local stand-in only)
 * @param appId this hall's application id at the platform
 * @param appSecret the shared secret the batches are signed with (HMAC-SHA256)
 * @param callbackSecret the shared secret the platform signs its callbacks with; blank refuses every callback
 * @param callbackMaxAge how old a callback's timestamp may be (either way) before it is refused
 * @param regionCode the hall's region code (GB/T 2260, six digits) and {@code regionName} its name
 * @param batchSize records per request (the platform takes at most 500)
 * @param dispatchInterval pause between two rounds of the sender when nothing is due
 * @param firstRetryDelay delay after a first failed attempt; doubled after each further one up to
 *     {@code maxRetryDelay}. Failures the platform may recover from (no connection, 5xx, 429) are retried for ever
 * @param claimDuration how long a node holds the records it is sending before another may take them
 * @param timeout connect and read timeout of one request
 * @param implementingCodes the implementing list code (实施清单编码) of each service item, by item code
 */
@ConfigurationProperties("onewindow.exchange")
public record ExchangeProperties(@DefaultValue("false") boolean enabled, String endpoint, String appId,
        String appSecret, String callbackSecret, @DefaultValue("5m") Duration callbackMaxAge, String regionCode,
        String regionName, @DefaultValue("200") int batchSize, @DefaultValue("5s") Duration dispatchInterval,
        @DefaultValue("10s") Duration firstRetryDelay, @DefaultValue("10m") Duration maxRetryDelay,
        @DefaultValue("2m") Duration claimDuration, @DefaultValue("10s") Duration timeout,
        @DefaultValue("false") boolean allowPlainHttp, Map<String, String> implementingCodes) {

    public ExchangeProperties {
        implementingCodes = implementingCodes == null ? Map.of() : Map.copyOf(implementingCodes);
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("onewindow.exchange.batch-size must be 1..500, not " + batchSize);
        }
        checkEndpoint(endpoint, allowPlainHttp);
    }

    /**
     * Refuses an endpoint that would carry personal fields in clear text: anything but {@code https://}, unless
     * plain HTTP is allowed (tests).
     */
    public static void checkEndpoint(String endpoint, boolean allowPlainHttp) {
        if (endpoint == null || endpoint.isBlank()) {
            return;
        }
        String lower = endpoint.strip().toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("https://") || allowPlainHttp && lower.startsWith("http://")) {
            return;
        }
        throw new IllegalStateException("onewindow.exchange.endpoint must be an https:// URL: personal fields travel "
                + "only over TLS (plain http:// only with allow-plain-http, for tests)");
    }

    /** The same settings with another endpoint; for tests against a stand-in platform, and the benchmark. */
    public ExchangeProperties withEndpoint(String newEndpoint, boolean plainHttpAllowed) {
        return new ExchangeProperties(enabled, newEndpoint, appId, appSecret, callbackSecret, callbackMaxAge,
                regionCode, regionName, batchSize, dispatchInterval, firstRetryDelay, maxRetryDelay, claimDuration,
                timeout, plainHttpAllowed, implementingCodes);
    }

    /** The same settings with another batch size and first retry delay (tests, benchmark). */
    public ExchangeProperties withBatching(int newBatchSize, Duration newFirstRetryDelay) {
        return new ExchangeProperties(enabled, endpoint, appId, appSecret, callbackSecret, callbackMaxAge,
                regionCode, regionName, newBatchSize, dispatchInterval, newFirstRetryDelay, maxRetryDelay,
                claimDuration, timeout, allowPlainHttp, implementingCodes);
    }
}
