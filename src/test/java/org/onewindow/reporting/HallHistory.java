package org.onewindow.reporting;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a hall's history straight into the tables the reports read, in batches: closed and open cases (with
 * their applicants, persons or enterprises, and the segments intake keeps on them), the steps of their process,
 * and survey answers. For report tests with exact figures, and for the data
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

    public record SeedResponse(String caseNumber, String itemCode, String department, Instant closedAt, int overall,
            int timeliness, int attitude, int transparency, int convenience, int outcome, int visits, String channel,
            String deliveredBy, String comment) {
    }

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
        for (SeedResponse r : responses) {
            rows.add(new Object[] { r.caseNumber(), r.itemCode(), r.department(), ts(r.closedAt()), r.overall(),
                    r.timeliness(), r.attitude(), r.transparency(), r.convenience(), r.outcome(), r.visits(),
                    r.comment(), r.channel(), ts(r.closedAt()), r.deliveredBy(), r.caseNumber() });
        }
        jdbc.batchUpdate(
                """
                        insert into sat_response (invitation_id, case_number, service_item_code, lead_department_code, closed_at,
                            overall, timeliness, attitude, transparency, convenience, outcome, visits, comment, channel,
                            answered_at, delivered_by)
                        select id, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? from sat_invitation where case_number = ?""",
                rows);
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
