package org.onewindow.exchange.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.onewindow.exchange.CallbackReceipt;
import org.onewindow.exchange.CallbackRefusedException;
import org.onewindow.exchange.ExchangeProperties;
import org.onewindow.exchange.ProvinceCallbacks;
import org.onewindow.satisfaction.ProvinceEvaluation;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The callback: the HMAC-SHA256 signature over the timestamp and the body proves the platform sent it (the shared
 * callback secret), the timestamp's age bounds a replay, and the evaluation id's unique key stores each evaluation
 * once, also when the platform sends it twice at the same moment. The row of the evaluation id and satisfaction's
 * answer commit together. Not a staff service: the platform has no session, the signature is its authentication.
 */
@Service
class DefaultProvinceCallbacks implements ProvinceCallbacks {

    private static final Logger log = LoggerFactory.getLogger(DefaultProvinceCallbacks.class);

    private final InboundStore inbound;
    private final SatisfactionService satisfaction;
    private final ExchangeProperties properties;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DefaultProvinceCallbacks(InboundStore inbound, SatisfactionService satisfaction, ExchangeProperties properties,
            ObjectMapper json, TransactionTemplate transactions, Clock clock) {
        this.inbound = inbound;
        this.satisfaction = satisfaction;
        this.properties = properties;
        this.json = json;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CallbackReceipt receive(String timestamp, String signature, byte[] body) {
        authenticate(timestamp, signature, body);
        ProvinceEvaluation evaluation = parse(body);
        try {
            CallbackReceipt receipt = transactions.execute(status -> {
                if (inbound.exists(evaluation.evaluationId())) {
                    return already(evaluation);
                }
                inbound.insert(evaluation.evaluationId(), evaluation.caseNumber(), clock.instant());
                long responseId = satisfaction.recordFromProvince(evaluation);
                inbound.answered(evaluation.evaluationId(), responseId);
                return new CallbackReceipt("RECORDED", evaluation.evaluationId(), responseId);
            });
            log.info("Provincial evaluation {} of case {}: {}", evaluation.evaluationId(), evaluation.caseNumber(),
                    receipt.status());
            return receipt;
        } catch (DuplicateKeyException receivedMeanwhile) {
            // The same evaluation in a parallel callback, which committed first.
            log.info("Provincial evaluation {} of case {}: received meanwhile", evaluation.evaluationId(),
                    evaluation.caseNumber());
            return already(evaluation);
        }
    }

    private static CallbackReceipt already(ProvinceEvaluation evaluation) {
        return new CallbackReceipt("ALREADY_RECORDED", evaluation.evaluationId(), null);
    }

    private void authenticate(String timestamp, String signature, byte[] body) {
        String secret = properties.callbackSecret();
        if (secret == null || secret.isBlank()) {
            throw new CallbackRefusedException(Translations.current("exchange.callback.off"));
        }
        if (timestamp == null || signature == null) {
            throw new CallbackRefusedException(Translations.current("exchange.callback.unsigned"));
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            throw new CallbackRefusedException(Translations.current("exchange.callback.badTimestamp"));
        }
        Duration age = Duration.between(Instant.ofEpochSecond(seconds), clock.instant()).abs();
        if (age.compareTo(properties.callbackMaxAge()) > 0) {
            throw new CallbackRefusedException(Translations.current("exchange.callback.stale",
                    properties.callbackMaxAge().toMinutes()));
        }
        byte[] expected = PlatformClient.sign(secret, timestamp.strip(), body).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw new CallbackRefusedException(Translations.current("exchange.callback.badSignature"));
        }
    }

    private ProvinceEvaluation parse(byte[] body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (java.io.IOException e) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(Map.of("body", Translations.current("exchange.callback.notJson")));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String evaluationId = text(node, "evaluationId");
        String caseNumber = text(node, "caseNumber");
        if (evaluationId == null || evaluationId.length() > 64) {
            errors.put("evaluationId", Translations.current("exchange.callback.evaluationId", 64));
        }
        if (caseNumber == null || caseNumber.length() > 32) {
            errors.put("caseNumber", Translations.current("exchange.callback.caseNumber"));
        }
        if (!node.path("overall").canConvertToInt() || !node.path("overall").isIntegralNumber()) {
            errors.put("overall", Translations.current("exchange.callback.overall"));
        }
        Map<String, Integer> scores = new LinkedHashMap<>();
        node.path("scores").fields().forEachRemaining(entry -> {
            if (entry.getValue().isIntegralNumber()) {
                scores.put(entry.getKey(), entry.getValue().intValue());
            } else {
                errors.put("scores." + entry.getKey(), Translations.current("exchange.callback.overall"));
            }
        });
        Instant evaluatedAt = null;
        String time = text(node, "evaluatedAt");
        try {
            evaluatedAt = time == null ? null : java.time.OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("evaluatedAt", Translations.current("exchange.callback.evaluatedAt"));
        }
        if (time == null) {
            errors.put("evaluatedAt", Translations.current("exchange.callback.evaluatedAt"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ProvinceEvaluation(evaluationId, caseNumber, node.path("overall").intValue(), scores,
                text(node, "comment"), evaluatedAt);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText().strip();
    }
}
