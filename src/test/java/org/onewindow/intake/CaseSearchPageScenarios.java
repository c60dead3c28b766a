package org.onewindow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.reporting.HallHistory;
import org.onewindow.reporting.HallHistory.SeedCase;
import org.onewindow.shared.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staff's case search counts without joining the citizen unless a criterion is about the person: the search
 * screen counts every visible case when it opens, which took PostgreSQL 120 to 160 ms with the join and 18 ms
 * without for 100,000 cases (browser benchmark, issue 18). The counts must stay those of the search.
 */
abstract class CaseSearchPageScenarios {

    private static final int CASES = 60;

    @Autowired
    CaseRecordService cases;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void seedOnce() {
        Integer present = jdbc.queryForObject("select count(*) from intake_case where case_number like 'CSP-%'",
                Integer.class);
        if (present != null && present > 0) {
            return;
        }
        List<SeedCase> seeded = new ArrayList<>();
        Instant accepted = Instant.parse("2024-06-03T01:00:00Z");
        for (int n = 0; n < CASES; n++) {
            seeded.add(new SeedCase("CSP-%03d".formatted(n), "CSP-1", "Item CSP-1", n % 2 == 0 ? "AMR" : "HRSS",
                    "WINDOW", accepted.plusSeconds(n * 60L), accepted.plusSeconds(n * 60L),
                    accepted.plusSeconds(n * 60L + 86_400), 1, true));
        }
        new HallHistory(jdbc).cases(seeded);
    }

    @Test
    void theCountLeavesTheCitizenOutOnlyWhenNoCriterionIsAboutThePerson() {
        CaseSearchCriteria byNumber = new CaseSearchCriteria("CSP-", null, null, null, null, null, null, null);
        CaseSearchCriteria byNumberAndName = new CaseSearchCriteria("CSP-", null, null, "seeded citizen", null, null,
                null, null);
        CaseSearchCriteria byNumberAndOtherName = new CaseSearchCriteria("CSP-", null, null, "nobody", null, null,
                null, null);

        assertThat(cases.countCases(byNumber, null)).isEqualTo(CASES);
        assertThat(cases.countCases(byNumberAndName, null)).isEqualTo(CASES);
        assertThat(cases.countCases(byNumberAndOtherName, null)).isZero();
        assertThat(cases.searchCases(byNumber, null, new PageRequest(0, 100))).hasSize(CASES);
    }
}
