package org.onewindow.exchange.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.onewindow.exchange.ExchangeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the due records to the provincial platform, a batch at a time, until none is due. Each batch is claimed
 * first (one node wins each record), then posted outside any transaction, then each record is marked by the
 * platform's answer: acknowledged (accepted, or known already: the platform dedupes by record id) is SENT; refused is
 * FAILED with the answer kept, until an administrator resends it; no answer, 5xx, 401, 403, 408 or 429 retries the
 * batch later with a doubling delay, for ever, so nothing is lost while the platform is down. A node that dies while
 * holding a batch gives it up when its claim expires; the platform may then receive a record twice, and keeps one.
 * Log lines name record ids and case numbers only, never a record's content.
 */
@Component
class ExchangeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(ExchangeDispatcher.class);

    private final RecordStore store;
    private final PlatformClient platform;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String node = ManagementFactory.getRuntimeMXBean().getName();

    ExchangeDispatcher(RecordStore store, PlatformClient platform, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.platform = platform;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends what is due with these settings, batch after batch; returns how many records the platform acknowledged. */
    int dispatchDue(ExchangeProperties settings) {
        if (settings.endpoint() == null || settings.endpoint().isBlank()) {
            return 0;
        }
        ExchangeProperties.checkEndpoint(settings.endpoint(), settings.allowPlainHttp());
        int acknowledged = 0;
        while (true) {
            String token = node + "/" + UUID.randomUUID();
            Instant now = clock.instant();
            List<RecordStore.Claimed> batch = transactions.execute(
                    status -> store.claim(token, now, now.plus(settings.claimDuration()), settings.batchSize()));
            if (batch == null || batch.isEmpty()) {
                return acknowledged;
            }
            int sent = send(settings, token, batch);
            acknowledged += sent;
            if (sent == 0) {
                // The platform took nothing of this batch: leave the rest for the next round.
                return acknowledged;
            }
        }
    }

    private int send(ExchangeProperties settings, String token, List<RecordStore.Claimed> batch) {
        PlatformClient.Answer answer = platform.send(settings,
                batch.stream().map(RecordStore.Claimed::payload).toList(), clock.instant());
        Instant at = clock.instant();
        if (answer instanceof PlatformClient.PerRecord perRecord) {
            return perRecord(settings, token, batch, perRecord, at);
        }
        if (answer instanceof PlatformClient.Refused refused) {
            transactions.executeWithoutResult(
                    status -> batch.forEach(record -> store.markFailed(record.id(), token, refused.answer(), at)));
            // The status only: the platform's text may quote the records.
            log.warn("The provincial platform refused a batch of {} records ({}): HTTP {}", batch.size(), ids(batch),
                    refused.answer().split(" ", 2)[0]);
            return 0;
        }
        String why = ((PlatformClient.Unavailable) answer).answer();
        transactions.executeWithoutResult(status -> batch.forEach(record -> store.markRetry(record.id(), token, why,
                at, at.plus(delay(settings, record.attempts())))));
        log.warn("The provincial platform is unavailable ({}); {} records wait, first retry in {}", why, batch.size(),
                delay(settings, batch.get(0).attempts()));
        return 0;
    }

    private int perRecord(ExchangeProperties settings, String token, List<RecordStore.Claimed> batch,
            PlatformClient.PerRecord answer, Instant at) {
        Map<String, PlatformClient.Result> results = new HashMap<>();
        answer.results().forEach(result -> results.put(result.recordId(), result));
        List<Long> accepted = new ArrayList<>();
        List<Long> duplicate = new ArrayList<>();
        List<RecordStore.Claimed> refused = new ArrayList<>();
        List<RecordStore.Claimed> unanswered = new ArrayList<>();
        for (RecordStore.Claimed record : batch) {
            PlatformClient.Result result = results.get(record.recordId());
            String status = result == null ? "" : result.status();
            switch (status) {
                case "ACCEPTED" -> accepted.add(record.id());
                case "DUPLICATE" -> duplicate.add(record.id());
                case "REJECTED" -> refused.add(record);
                default -> unanswered.add(record);
            }
        }
        transactions.executeWithoutResult(status -> {
            store.markSent(accepted, token, answer.httpStatus() + " ACCEPTED", at);
            store.markSent(duplicate, token, answer.httpStatus() + " DUPLICATE (known already)", at);
            refused.forEach(record -> {
                PlatformClient.Result result = results.get(record.recordId());
                store.markFailed(record.id(), token, "REJECTED " + (result.code() == null ? "" : result.code())
                        + (result.message() == null ? "" : ": " + result.message()), at);
            });
            unanswered.forEach(record -> store.markRetry(record.id(), token,
                    answer.httpStatus() + " no result for this record", at,
                    at.plus(delay(settings, record.attempts()))));
        });
        log.info("Sent {} records to the provincial platform: {} accepted, {} known already, {} refused, {} unanswered",
                batch.size(), accepted.size(), duplicate.size(), refused.size(), unanswered.size());
        // Codes only: a refusal's message may quote the record.
        refused.forEach(record -> log.warn("The provincial platform refused record {} of case {}: {}",
                record.recordId(), record.caseNumber(), results.get(record.recordId()).code()));
        return accepted.size() + duplicate.size();
    }

    private static Duration delay(ExchangeProperties settings, int attemptsBefore) {
        Duration delay = settings.firstRetryDelay().multipliedBy(1L << Math.min(attemptsBefore, 20));
        return delay.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : delay;
    }

    private static String ids(List<RecordStore.Claimed> batch) {
        return batch.size() <= 5 ? batch.stream().map(RecordStore.Claimed::recordId).toList().toString()
                : batch.get(0).recordId() + " … " + batch.get(batch.size() - 1).recordId();
    }
}
