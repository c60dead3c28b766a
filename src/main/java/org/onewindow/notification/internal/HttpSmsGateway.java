package org.onewindow.notification.internal;

import java.util.Map;

import org.onewindow.notification.NotificationProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * An SMS gateway reached over HTTP: POSTs {@code {"mobile": ..., "text": ...}} as JSON to the configured URL
 * with the key in an {@code X-Api-Key} header. Any non-2xx answer or network error is a failed attempt.
 */
@Component
@ConditionalOnProperty(name = "onewindow.notification.sms-gateway", havingValue = "http")
class HttpSmsGateway implements SmsGateway {

    private final RestClient client;
    private final String key;

    HttpSmsGateway(NotificationProperties properties, RestClient.Builder builder) {
        if (properties.smsUrl() == null || properties.smsUrl().isBlank()) {
            throw new IllegalStateException("onewindow.notification.sms-url must be set for the http SMS gateway");
        }
        this.client = builder.baseUrl(properties.smsUrl()).build();
        this.key = properties.smsKey() == null ? "" : properties.smsKey();
    }

    @Override
    public void send(String mobile, String text) {
        client.post().contentType(MediaType.APPLICATION_JSON).header("X-Api-Key", key)
                .body(Map.of("mobile", mobile, "text", text)).retrieve().toBodilessEntity();
    }
}
