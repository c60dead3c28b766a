package org.onewindow.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A client of a node over real HTTP, as apps and staff tools reach it: Open311 posts with an API key, the staff
 * JSON API with HTTP Basic. Network failures (a killed node) surface as {@link IOException}.
 */
final class NodeClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final char[] CHECK = { '1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2' };

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    NodeClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    record Answer(int status, String body) {
        JsonNode json() throws IOException {
            return JSON.readTree(body);
        }
    }

    /** POST /open311/v2/requests.json for a social security card (HRSS-001, lead department HRSS, no joint review). */
    Answer postServiceRequest(String apiKey, String idNumber, String lastName, String language)
            throws IOException, InterruptedException {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("api_key", apiKey);
        fields.put("service_code", "HRSS-001");
        fields.put("attribute[ID_NUMBER]", idNumber);
        fields.put("first_name", "Lan");
        fields.put("last_name", lastName);
        fields.put("phone", "13800138000");
        String form = fields.entrySet().stream().map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + "/open311/v2/requests.json"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept-Language", language)
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    Answer getAs(String username, String path, String language) throws IOException, InterruptedException {
        return send(staff(username, path, language).GET());
    }

    Answer postAs(String username, String path, String json) throws IOException, InterruptedException {
        return send(staff(username, path, "en").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)));
    }

    Answer get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    private HttpRequest.Builder staff(String username, String path, String language) {
        String credentials = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Basic " + credentials)
                .header("Accept-Language", language);
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(response.statusCode(), response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A valid resident ID number (Beijing Dongcheng, born 1 January 1990) with the given sequence number. */
    static String residentId(int sequence) {
        String first17 = "11010119900101" + String.format("%03d", sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return first17 + CHECK[sum % 11];
    }
}
