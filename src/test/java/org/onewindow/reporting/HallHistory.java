package org.onewindow.reporting;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a hall's history straight into the tables the reports read, in batches: closed and open cases (with
 * their applicants, persons or enterprises, and the segments intake keeps on them), the steps of their process,
 * and survey answers with the indicator set version they answered and their scores. For report tests with exact figures, and for the data
 * generator of the benchmark.
 */
public class HallHistory {

    /**
     * A case as the reports read it. The applicant: {@code citizenId} null is the one shared seeded citizen; with
     * an {@code enterpriseId} the case is an enterprise's (the citizen acting for it), else a person's. The segments
     * intake keeps on the case ({@code ageBand}, {@code districtCode}, {@code returning}) and the front-desk user
     * who registered it are as given.
     */
    public record SeedCase(String number, String itemCode, String itemName, String department, String channel,
            Instant acceptedAt, Instant dueAt, Instant closedAt, Integer workingDays, Boolean onTime, Long citizenId,
            Long enterpriseId, String ageBand, String districtCode, boolean returning, String registeredBy) {

        public SeedCase(String number, String itemCode, String itemName, String department, String channel,
                Instant acceptedAt, Instant dueAt, Instant closedAt, Integer workingDays, Boolean onTime) {
            this(number, itemCode, itemName, department, channel, acceptedAt, dueAt, closedAt, workingDays, onTime,
                    null,
                    null, null, null, false, "seed");
        }

        static SeedCase closed(String number, String item, String department, String channel, Instant accepted,
                Instant closed, int workingDays, boolean onTime) {
            return new SeedCase(number, item, "Item " + item, department, channel, accepted, accepted, closed,
                    workingDays, onTime);
        }

        static SeedCase open(String number, String item, String department, String channel, Instant accepted) {
            return new SeedCase(number, item, "Item " + item, department, channel, accepted, accepted, null, null,
                    null);
        }

        /** This case applied for by a person ({@code enterpriseId} null) or an enterprise, with its segments. */
        public SeedCase applicant(long citizenId, Long enterpriseId, String ageBand, String districtCode,
                boolean returning) {
            return new SeedCase(number, itemCode, itemName, department, channel, acceptedAt, dueAt, closedAt,
                    workingDays, onTime, citizenId, enterpriseId, ageBand, districtCode, returning, registeredBy);
        }

        public SeedCase registeredBy(String username) {
            return new SeedCase(number, itemCode, itemName, department, channel, acceptedAt, dueAt, closedAt,
                    workingDays, onTime, citizenId, enterpriseId, ageBand, districtCode, returning, username);
        }

        public SeedCase itemName(String name) {
            return new SeedCase(number, itemCode, name, department, channel, acceptedAt, dueAt, closedAt, workingDays,
                    onTime, citizenId, enterpriseId, ageBand, districtCode, returning, registeredBy);
        }

        String applicantType() {
            return enterpriseId == null ? "PERSON" : "ENTERPRISE";
        }
    }

    public record SeedTask(String id, String caseNumber, String taskKey, String department, Instant createdAt,
            Instant claimedAt, Instant endedAt, String assignee, boolean late) {
    }

    /**
     * A survey answer: its overall rating, the indicator set version it answered ({@code setChannel} WINDOW, SMS,
     * ONLINE, PHONE or PROVINCE, {@code setVersion}) and its scores by indicator code, in the set's order.
     */
    public record SeedResponse(String caseNumber, String itemCode, String department, Instant closedAt, int overall,
            String setChannel, int setVersion, Map<String, Integer> scores, int visits, String channel,
            String deliveredBy, String comment) {

        public SeedResponse {
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        }

        /**
         * An answer to version 1 of its answer channel's set (kiosk: the window's; phone: the phone's; else the SMS
         * link's), whose indicators are the demo hall's five (TIMELINESS, ATTITUDE, TRANSPARENCY, CONVENIENCE,
         * OUTCOME), scored in that order.
         */
        public SeedResponse(String caseNumber, String itemCode, String department, Instant closedAt, int overall,
                int first, int second, int third, int fourth, int fifth, int visits, String channel,
                String deliveredBy, String comment) {
            this(caseNumber, itemCode, department, closedAt, overall, setChannelOf(channel), 1,
                    demoHallScores(first, second, third, fourth, fifth), visits, channel, deliveredBy, comment);
        }

        /** The five indicators of the demo hall's set (version 1 of every hall channel), scored in their order. */
        public static Map<String, Integer> demoHallScores(int... scores) {
            Map<String, Integer> byCode = new LinkedHashMap<>();
            for (int i = 0; i < DEMO_HALL_INDICATORS.size(); i++) {
                byCode.put(DEMO_HALL_INDICATORS.get(i), scores[i]);
            }
            return byCode;
        }

        /** The set an answer of this channel (KIOSK, LINK, PHONE, PROVINCE) answers, as the answers' migration has it. */
        static String setChannelOf(String answerChannel) {
            return switch (answerChannel) {
                case "KIOSK" -> "WINDOW";
                case "PHONE" -> "PHONE";
                case "PROVINCE" -> "PROVINCE";
                default -> "SMS";
            };
        }

        /** This answer to another set version, with its scores by code. */
        public SeedResponse answering(String channel, int version, Map<String, Integer> byCode) {
            return new SeedResponse(caseNumber, itemCode, department, closedAt, overall, channel, version, byCode,
                    visits, this.channel, deliveredBy, comment);
        }
    }

    /** The codes of the demo hall's indicators, version 1 of the window, SMS, online and phone sets. */
    public static final List<String> DEMO_HALL_INDICATORS = List.of("TIMELINESS", "ATTITUDE", "TRANSPARENCY",
            "CONVENIENCE", "OUTCOME");

    private final JdbcTemplate jdbc;
    private Long citizenId;

    public HallHistory(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void cases(List<SeedCase> cases) {
        List<Object[]> rows = new ArrayList<>();
        for (SeedCase c : cases) {
            rows.add(new Object[] { c.number(), c.citizenId() == null ? citizen() : c.citizenId(), c.itemCode(),
                    c.itemName(), c.department(), c.channel(), c.closedAt() == null ? "IN_REVIEW" : "CLOSED",
                    c.registeredBy(), ts(c.acceptedAt()), ts(c.dueAt()), ts(c.closedAt()),
                    c.closedAt() == null ? null : "APPROVED", c.workingDays(), c.onTime(), c.applicantType(),
                    c.enterpriseId(), c.ageBand(), c.districtCode(), c.returning() });
        }
        jdbc.batchUpdate("""
                insert into intake_case (version, case_number, citizen_id, service_item_code, service_item_name,
                    lead_department_code, collaborating_departments, channel, status, registered_by, lookup_code_hash,
                    accepted_at, due_at, closed_at, outcome, time_limit_days, stopped_working_days, working_days_taken,
                    closed_on_time, applicant_type, enterprise_id, age_band, district_code, returning_applicant,
                    applicant_name, applicant_mobile, applicant_language)
                values (0, ?, ?, ?, ?, ?, '', ?, ?, ?, 'seed', ?, ?, ?, ?, 10, 0, ?, ?, ?, ?, ?, ?, ?,
                    'Seeded citizen', '13800000000', 'zh-CN')""", rows,
                new int[] { Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE,
                        Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.INTEGER, Types.BOOLEAN, Types.VARCHAR,
                        Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN });
    }

    /** A person applicant of its own, by a made-up ID number unique in the database. */
    public long citizen(String idNumber) {
        jdbc.update("insert into intake_citizen (name, id_type, id_number, mobile, created_at) "
                + "values ('Seeded citizen', 'RESIDENT_ID', ?, '13800000000', ?)", idNumber, ts(Instant.now()));
        return jdbc.queryForObject("select id from intake_citizen where id_number = ?", Long.class, idNumber);
    }

    /** An enterprise applicant, by a credit code (18 characters) unique in the database. */
    public long enterprise(String creditCode, String name) {
        jdbc.update("insert into intake_enterprise (credit_code, name, created_at) values (?, ?, ?)", creditCode, name,
                ts(Instant.now()));
        return jdbc.queryForObject("select id from intake_enterprise where credit_code = ?", Long.class, creditCode);
    }

    public void tasks(List<SeedTask> tasks) {
        List<Object[]> rows = new ArrayList<>();
        for (SeedTask t : tasks) {
            boolean ended = t.endedAt() != null;
            Long wait = t.claimedAt() == null ? null
                    : (t.claimedAt().getEpochSecond() - t.createdAt().getEpochSecond());
            Long work = ended && t.claimedAt() != null ? t.endedAt().getEpochSecond() - t.claimedAt().getEpochSecond()
                    : null;
            rows.add(new Object[] { t.id(), t.caseNumber(), t.taskKey(), t.department(), ts(t.createdAt()),
                    ts(t.claimedAt()), ts(t.endedAt()), ended, t.assignee(), ended ? wait : null, work,
                    ended ? t.late() : null });
        }
        jdbc.batchUpdate("""
                insert into casework_task_record (task_id, case_number, task_key, department_code, created_at,
                    claimed_at, ended_at, completed, assignee, wait_seconds, work_seconds, late)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows,
                new int[] { Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP_WITH_TIMEZONE,
                        Types.TIMESTAMP_WITH_TIMEZONE,
                        Types.TIMESTAMP_WITH_TIMEZONE, Types.BOOLEAN, Types.VARCHAR, Types.BIGINT, Types.BIGINT,
                        Types.BOOLEAN });
    }

    /** Answers with their invitations (one per case). */
    public void responses(List<SeedResponse> responses) {
        List<Object[]> invitations = new ArrayList<>();
        for (SeedResponse r : responses) {
            invitations.add(new Object[] { r.caseNumber(), r.itemCode(), r.department(), ts(r.closedAt()),
                    ts(r.closedAt()), ts(r.closedAt().plusSeconds(15 * 86400)), ts(r.closedAt()), r.deliveredBy() });
        }
        jdbc.batchUpdate("""
                insert into sat_invitation (case_number, service_item_code, service_item_name, service_item_name_en,
                    lead_department_code, closed_at, created_at, expires_at, answered_at, status, delivered_by)
                values (?, ?, '种子事项', 'Seeded item', ?, ?, ?, ?, ?, 'ANSWERED', ?)""", invitations);
        List<Object[]> rows = new ArrayList<>();
        List<Object[]> scores = new ArrayList<>();
        for (SeedResponse r : responses) {
            rows.add(new Object[] { r.caseNumber(), r.itemCode(), r.department(), ts(r.closedAt()), r.overall(),
                    r.visits(), r.comment(), r.channel(), ts(r.closedAt()), r.deliveredBy(), r.setChannel(),
                    r.setVersion(), r.caseNumber() });
            r.scores().forEach((code, score) -> scores.add(new Object[] { code, score, r.caseNumber() }));
        }
        jdbc.batchUpdate(
                """
                        insert into sat_response (invitation_id, case_number, service_item_code, lead_department_code, closed_at,
                            overall, visits, comment, channel, answered_at, delivered_by, indicator_set_id)
                        select i.id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (select s.id from sat_indicator_set s
                            where s.channel = ? and s.version = ?)
                        from sat_invitation i where i.case_number = ?""",
                rows);
        // The scores of each first answer (a supplementary review of the same case is written by its test).
        jdbc.batchUpdate("""
                insert into sat_response_score (response_id, indicator_code, score)
                select r.id, ?, ? from sat_response r where r.case_number = ? and r.supplementary = false""", scores);
    }

    /**
     * A version of a channel's indicator set, after the newest one of that channel (so it never collides with a
     * version another test or the demo hall published), with its indicators as code → {Chinese name, English name}.
     * Its state is RETIRED, so the survey never offers it; the reports read only which version an answer answered.
     *
     * @return the new version's number
     */
    public int indicatorSet(String channel, Instant publishedAt, Map<String, String[]> indicators) {
        int version = jdbc.queryForObject(
                "select coalesce(max(version), 0) + 1 from sat_indicator_set where channel = ?", Integer.class,
                channel);
        jdbc.update("""
                insert into sat_indicator_set (channel, version, state, note, created_at, created_by, published_at,
                    published_by)
                values (?, ?, 'RETIRED', 'Seeded for a report test', ?, 'seed', ?, 'seed')""", channel, version,
                ts(publishedAt), ts(publishedAt));
        long set = jdbc.queryForObject("select id from sat_indicator_set where channel = ? and version = ?",
                Long.class, channel, version);
        int position = 0;
        for (Map.Entry<String, String[]> indicator : indicators.entrySet()) {
            jdbc.update("insert into sat_indicator (set_id, position, code, name_zh, name_en) values (?, ?, ?, ?, ?)",
                    set, ++position, indicator.getKey(), indicator.getValue()[0], indicator.getValue()[1]);
        }
        return version;
    }

    /** Removes a version written by {@link #indicatorSet}, with the answers that answered it and their scores. */
    public void removeIndicatorSet(String channel, int version) {
        String set = "(select s.id from sat_indicator_set s where s.channel = ? and s.version = ?)";
        jdbc.update("delete from sat_response_score where response_id in (select r.id from sat_response r "
                + "where r.indicator_set_id = " + set + ")", channel, version);
        jdbc.update("delete from sat_response where indicator_set_id = " + set, channel, version);
        jdbc.update("delete from sat_indicator where set_id = " + set, channel, version);
        jdbc.update("delete from sat_indicator_set where channel = ? and version = ?", channel, version);
    }

    private long citizen() {
        if (citizenId == null) {
            citizenId = citizen("SEED" + System.nanoTime());
        }
        return citizenId;
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
