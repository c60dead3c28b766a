package org.onewindow.exchange.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

/**
 * A stand-in for the provincial evaluation platform on a real HTTP server (WireMock) on a free local port, started
 * once per JVM and shared by every test class (so no Spring context is made for it). It checks each batch's
 * signature, keeps each record it accepted by record id, and answers per record as the contract says: ACCEPTED the
 * first time, DUPLICATE after, REJECTED for the ids it is told to refuse. It can be down (503, or connections
 * reset) and can refuse whole batches (400).
 */
final class StandInPlatform {

    /** The start of every hall's app id here; the platform keeps records per hall (app id) and record id. */
    static final String APP_ID = "onewindow-test-hall";
    static final String APP_SECRET = "stand-in-app-secret";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static StandInPlatform shared;

    private final WireMockServer server;
    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final Map<String, JsonNode> records = new ConcurrentHashMap<>();
    private final Set<String> refuse = ConcurrentHashMap.newKeySet();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger badSignatures = new AtomicInteger();
    private final StubMapping normal;
    private StubMapping outage;

    /** Keeps every record's content (tests read them back); the benchmark keeps counts only. */
    private final boolean keepContent;

    private StandInPlatform(boolean keepContent) {
        this.keepContent = keepContent;
        server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1").disableRequestJournal()
                .containerThreads(20).extensions(new Answers()));
        server.start();
        normal = server.stubFor(post(urlEqualTo("/province/records"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withTransformers(Answers.NAME)));
    }

    static synchronized StandInPlatform shared() {
        if (shared == null) {
            shared = new StandInPlatform(true);
            Runtime.getRuntime().addShutdownHook(new Thread(shared.server::stop));
        }
        return shared;
    }

    /** A stand-in of its own that keeps counts only, for the benchmark's 100,000 records. */
    static StandInPlatform counting() {
        return new StandInPlatform(false);
    }

    void stop() {
        server.stop();
    }

    /** Record ids (of every hall) the platform answered, and how many of them arrived more than once. */
    int distinctDeliveries() {
        return deliveries.size();
    }

    long repeatedDeliveries() {
        return deliveries.values().stream().filter(count -> count.get() > 1).count();
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.port() + "/province";
    }

    /** The platform answers 503 to everything until {@link #up()}. */
    synchronized void unavailable() {
        setOutage(aResponse().withStatus(503).withBody("{\"code\":\"E503\",\"message\":\"maintenance\"}"));
    }

    /** The platform resets every connection until {@link #up()}. */
    synchronized void unreachable() {
        setOutage(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
    }

    /** The platform refuses every batch as malformed until {@link #up()}. */
    synchronized void refusingBatches() {
        setOutage(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"code\":\"E400\",\"message\":\"batch malformed\"}"));
    }

    synchronized void up() {
        if (outage != null) {
            server.removeStub(outage);
            outage = null;
        }
    }

    private void setOutage(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        up();
        outage = server.stubFor(post(urlEqualTo("/province/records")).atPriority(1).willReturn(answer));
    }

    /** Records of these ids are refused (REJECTED, code E201) until {@link #accept(String)}. */
    void refuse(String recordId) {
        refuse.add(recordId);
    }

    void accept(String recordId) {
        refuse.remove(recordId);
    }

    /** How many times the platform accepted this record id of this hall: 1 at most, whatever it was sent. */
    int acceptedCount(String appId, String recordId) {
        AtomicInteger count = accepted.get(appId + "/" + recordId);
        return count == null ? 0 : count.get();
    }

    /** How many times a record id arrived in a batch the platform answered (accepted, duplicate or refused). */
    int deliveries(String appId, String recordId) {
        AtomicInteger count = deliveries.get(appId + "/" + recordId);
        return count == null ? 0 : count.get();
    }

    JsonNode record(String appId, String recordId) {
        return records.get(appId + "/" + recordId);
    }

    int badSignatures() {
        return badSignatures.get();
    }

    int requests() {
        return requests.get();
    }

    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    private final class Answers implements ResponseTransformerV2 {

        static final String NAME = "province-stand-in";

        @Override
        public Response transform(Response response, ServeEvent event) {
            requests.incrementAndGet();
            byte[] body = event.getRequest().getBody();
            String timestamp = event.getRequest().getHeader(PlatformClient.TIMESTAMP);
            String signature = event.getRequest().getHeader(PlatformClient.SIGNATURE);
            String appId = event.getRequest().getHeader(PlatformClient.APP_ID);
            if (appId == null || !appId.startsWith(APP_ID)
                    || !PlatformClient.sign(APP_SECRET, timestamp, body).equals(signature)) {
                badSignatures.incrementAndGet();
                return Response.Builder.like(response).but().status(401)
                        .body("{\"code\":\"E401\",\"message\":\"bad signature\"}").build();
            }
            try {
                JsonNode batch = JSON.readTree(body);
                ObjectNode answer = JSON.createObjectNode();
                ArrayNode results = answer.putArray("results");
                List<String> ids = new ArrayList<>();
                batch.path("records").forEach(record -> ids.add(record.path("recordId").asText()));
                int i = 0;
                for (JsonNode record : batch.path("records")) {
                    String id = appId + "/" + ids.get(i++);
                    deliveries.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                    ObjectNode result = results.addObject().put("recordId", ids.get(i - 1));
                    if (refuse.contains(ids.get(i - 1))) {
                        result.put("status", "REJECTED").put("code", "E201")
                                .put("message", "implementingListCode missing");
                        continue;
                    }
                    boolean first = keepContent ? records.putIfAbsent(id, record) == null
                            : accepted.putIfAbsent(id, new AtomicInteger(1)) == null;
                    if (first && keepContent) {
                        accepted.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                    }
                    result.put("status", first ? "ACCEPTED" : "DUPLICATE");
                }
                return Response.Builder.like(response).but()
                        .body(JSON.writeValueAsString(answer).getBytes(StandardCharsets.UTF_8)).build();
            } catch (java.io.IOException e) {
                return Response.Builder.like(response).but().status(400).body("{\"code\":\"E400\"}").build();
            }
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public String getName() {
            return NAME;
        }
    }
}
