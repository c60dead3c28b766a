package org.onewindow.exchange.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.onewindow.exchange.ExchangeProperties;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts a batch of records to the platform's {@code POST <endpoint>/records}, signed with the hall's app secret, and
 * reads its answer per record. Refuses a plain-HTTP endpoint unless the settings allow it (tests). Nothing of the
 * records' content reaches an exception message or a log line here.
 */
@Component
class PlatformClient {

    static final String APP_ID = "X-OW-App-Id";
    static final String TIMESTAMP = "X-OW-Timestamp";
    static final String SIGNATURE = "X-OW-Signature";

    /** The platform's answer to one record: ACCEPTED, DUPLICATE (known already) or REJECTED with its code. */
    record Result(String recordId, String status, String code, String message) {
    }

    /** What came of one request. */
    sealed interface Answer {
    }

    /** The platform answered the batch (2xx) record by record. */
    record PerRecord(int httpStatus, List<Result> results) implements Answer {
    }

    /** The platform refused the whole batch (4xx but 401, 403, 408 and 429): the batch cannot succeed as it is. */
    record Refused(String answer) implements Answer {
    }

    /** No answer, or one the platform may recover from (5xx, 401, 403, 408, 429). */
    record Unavailable(String answer) implements Answer {
    }

    private final ObjectMapper json;
    private final Map<String, RestClient> clients = new ConcurrentHashMap<>();

    PlatformClient(ObjectMapper json) {
        this.json = json;
    }

    Answer send(ExchangeProperties settings, List<String> payloads, Instant now) {
        ExchangeProperties.checkEndpoint(settings.endpoint(), settings.allowPlainHttp());
        byte[] body = body(settings, payloads, now);
        String timestamp = Long.toString(now.getEpochSecond());
        try {
            return client(settings).post().uri(URI.create(stripSlash(settings.endpoint()) + "/records"))
                    .contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
                    .header(APP_ID, settings.appId() == null ? "" : settings.appId()).header(TIMESTAMP, timestamp)
                    .header(SIGNATURE, sign(settings.appSecret(), timestamp, body)).body(body)
                    .exchange((request, response) -> answer(response.getStatusCode(),
                            response.getBody().readAllBytes()));
        } catch (RestClientException e) {
            Throwable cause = e.getMostSpecificCause();
            return new Unavailable("no answer: " + cause.getClass().getSimpleName()
                    + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
        }
    }

    private Answer answer(HttpStatusCode status, byte[] body) {
        String brief = status.value() + " " + brief(body);
        if (status.is2xxSuccessful()) {
            try {
                JsonNode results = json.readTree(body).path("results");
                List<Result> list = new ArrayList<>();
                results.forEach(node -> list.add(new Result(node.path("recordId").asText(null),
                        node.path("status").asText(""), node.path("code").asText(null),
                        node.path("message").asText(null))));
                return new PerRecord(status.value(), list);
            } catch (java.io.IOException e) {
                return new Unavailable(status.value() + " unreadable answer");
            }
        }
        int code = status.value();
        if (status.is5xxServerError() || code == 401 || code == 403 || code == 408 || code == 429) {
            return new Unavailable(brief);
        }
        return new Refused(brief);
    }

    /** The platform's error text, short: what administrators read beside the record. */
    private String brief(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        try {
            JsonNode node = json.readTree(body);
            String text = node.path("code").asText("") + " " + node.path("message").asText("");
            if (!text.isBlank()) {
                return text.strip();
            }
        } catch (java.io.IOException notJson) {
            // the text as it came
        }
        String text = new String(body, StandardCharsets.UTF_8).strip();
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    /** {@code {"appId":…,"regionCode":…,"sentTime":…,"records":[…]}}, the records as stored (already JSON). */
    byte[] body(ExchangeProperties settings, List<String> payloads, Instant now) {
        try {
            StringBuilder body = new StringBuilder(payloads.size() * 900 + 200);
            body.append("{\"appId\":").append(json.writeValueAsString(settings.appId())).append(",\"regionCode\":")
                    .append(json.writeValueAsString(settings.regionCode())).append(",\"sentTime\":")
                    .append(json.writeValueAsString(now.toString())).append(",\"records\":[");
            for (int i = 0; i < payloads.size(); i++) {
                body.append(i == 0 ? "" : ",").append(payloads.get(i));
            }
            return body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("The batch's header could not be written", e);
        }
    }

    /** Hex HMAC-SHA256 of {@code timestamp + "\n" + body} with the secret (the same scheme as the callback's). */
    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            // An empty key is not a key: a blank secret signs with a zero byte, which the other side will refuse.
            byte[] key = secret == null || secret.isEmpty() ? new byte[1] : secret.getBytes(StandardCharsets.UTF_8);
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private RestClient client(ExchangeProperties settings) {
        return clients.computeIfAbsent(settings.timeout().toMillis() + "", timeout -> {
            HttpClient http = HttpClient.newBuilder().connectTimeout(settings.timeout())
                    .version(HttpClient.Version.HTTP_1_1).build();
            JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
            factory.setReadTimeout(settings.timeout());
            return RestClient.builder().requestFactory(factory).build();
        });
    }

    private static String stripSlash(String endpoint) {
        String value = endpoint.strip();
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
