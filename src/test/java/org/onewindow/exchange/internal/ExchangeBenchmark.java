package org.onewindow.exchange.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.onewindow.exchange.ExchangeProperties;
import org.onewindow.support.BenchmarkApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The exchange's backlog benchmark (docs/benchmarks.md): loads {@code benchmark.records} (100,000) case and
 * evaluation records into PostgreSQL, as the listeners write them, and drains them to a stand-in platform on a local
 * WireMock server with {@code benchmark.senders} senders at once (as many nodes); prints records per second and how
 * many records were lost or sent twice.
 *
 * <pre>./mvnw -o -Pexchange-benchmark -Dbenchmark.pg.database=ow_exch</pre>
 */
public final class ExchangeBenchmark {

    private ExchangeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int records = Integer.getInteger("benchmark.records", 100_000);
        int senders = Integer.getInteger("benchmark.senders", 2);
        int batchSize = Integer.getInteger("benchmark.batchSize", 500);
        ConfigurableApplicationContext context = BenchmarkApplication
                .onFreshDatabase("postgres", "exchange", "").with("onewindow.demo.enabled", "false").start();
        StandInPlatform platform = StandInPlatform.counting();
        try {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            Clock clock = context.getBean(Clock.class);
            ObjectMapper json = context.getBean(ObjectMapper.class);
            long loadStart = System.nanoTime();
            load(jdbc, json, clock, records);
            System.out.printf("Loaded %,d records in %.1f s%n", records, (System.nanoTime() - loadStart) / 1e9);

            ExchangeDispatcher dispatcher = context.getBean(ExchangeDispatcher.class);
            ExchangeProperties settings = new ExchangeProperties(true, platform.endpoint(), StandInPlatform.APP_ID,
                    StandInPlatform.APP_SECRET, null, Duration.ofMinutes(5), "330000", "示例县", batchSize,
                    Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofMinutes(2),
                    Duration.ofSeconds(30), true, Map.of());
            ExecutorService nodes = Executors.newFixedThreadPool(senders);
            long start = System.nanoTime();
            List<Future<Integer>> rounds = new ArrayList<>();
            for (int i = 0; i < senders; i++) {
                rounds.add(nodes.submit(() -> dispatcher.dispatchDue(settings)));
            }
            long acknowledged = 0;
            for (Future<Integer> round : rounds) {
                acknowledged += round.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            nodes.shutdown();
            Long sent = jdbc.queryForObject("select count(*) from exch_record where status = 'SENT'", Long.class);
            Long notSent = jdbc.queryForObject("select count(*) from exch_record where status <> 'SENT'", Long.class);
            System.out.printf("Sent %,d records (%,d acknowledged) with %d senders, batches of %d, in %.1f s: %,.0f "
                    + "records/s%n", sent, acknowledged, senders, batchSize, seconds, sent / seconds);
            System.out.printf("Requests %,d; received %,d distinct record ids; lost %,d; sent twice %,d%n",
                    platform.requests(), platform.distinctDeliveries(), notSent + (records - platform
                            .distinctDeliveries()),
                    platform.repeatedDeliveries());
        } finally {
            context.close();
            platform.stop();
        }
    }

    /** Half closings, half evaluations, with content of the size the listeners write. */
    private static void load(JdbcTemplate jdbc, ObjectMapper json, Clock clock, int records) throws Exception {
        Instant now = clock.instant();
        List<Object[]> rows = new ArrayList<>(5_000);
        for (int i = 0; i < records; i++) {
            String caseNumber = String.format("OW-20261128-%06d", i / 2);
            boolean evaluation = i % 2 == 1;
            String recordId = caseNumber + (evaluation ? "-EV-" + i : "-CLS");
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("recordId", recordId);
            record.put("recordType", evaluation ? "EVALUATION" : "CASE_CLOSED");
            record.put("caseNumber", caseNumber);
            record.put("regionCode", "330000");
            record.put("regionName", "示例县");
            record.put("caseName", "社会保障卡补换（" + caseNumber + "）");
            record.put("serviceItemCode", "HRSS-001");
            record.put("serviceItemName", "社会保障卡补换");
            record.put("departmentCode", "HRSS");
            record.put("departmentName", "人力资源和社会保障局");
            if (evaluation) {
                record.put("evaluationChannel", "2");
                record.put("overall", 5);
                record.put("overallName", "非常满意");
                record.put("ratings", List.of(Map.of("indicator", "TIMELINESS", "score", 5),
                        Map.of("indicator", "ATTITUDE", "score", 4)));
                record.put("comment", "窗口人员态度很好，办理很快。");
                record.put("staffUsername", "frontdesk2");
                record.put("evaluateTime", "2026-11-28T15:05:00+08:00");
            } else {
                record.put("applicantType", "1");
                record.put("applicantName", "张三");
                record.put("idType", "111");
                record.put("idNumber", "110101199003074477");
                record.put("mobile", "13698765432");
                record.put("source", "1");
                record.put("applyTime", "2026-11-20T09:00:00+08:00");
                record.put("stateCode", "2");
                record.put("stateName", "办结（准予）");
                record.put("finishTime", "2026-11-28T15:05:00+08:00");
            }
            rows.add(new Object[] { recordId, evaluation ? "EVALUATION" : "CASE_CLOSED", caseNumber,
                    Date.valueOf(LocalDate.now(clock)), json.writeValueAsString(record), Timestamp.from(now),
                    Timestamp.from(now) });
            if (rows.size() == 5_000 || i == records - 1) {
                jdbc.batchUpdate("insert into exch_record (record_id, record_type, case_number, record_day, payload, "
                        + "status, attempts, next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)",
                        rows);
                rows.clear();
            }
        }
    }
}
