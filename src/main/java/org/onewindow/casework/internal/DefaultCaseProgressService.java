package org.onewindow.casework.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.onewindow.casework.CaseProgress;
import org.onewindow.casework.CaseProgressService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseLookup;
import org.onewindow.intake.CaseLookupService;
import org.onewindow.intake.CaseMaterialsService;
import org.onewindow.intake.LookedUpCase;
import org.onewindow.intake.MaterialsNotice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The public progress page's read model: intake checks the pair and gives the case as its citizen may read it;
 * the steps come from {@code casework_task_record}, kept in the engine's transactions and timed by the
 * application clock like the deadlines (Camunda's history would time them by the engine's).
 */
@Service
class DefaultCaseProgressService implements CaseProgressService {

    private final CaseLookupService lookups;
    private final CaseMaterialsService intake;
    private final DirectoryService directory;
    private final JdbcClient jdbc;

    DefaultCaseProgressService(CaseLookupService lookups, CaseMaterialsService intake, DirectoryService directory,
            JdbcClient jdbc) {
        this.lookups = lookups;
        this.intake = intake;
        this.directory = directory;
        this.jdbc = jdbc;
    }

    // Not transactional here: a wrong pair must stay counted, so the lookup commits its failures itself, and
    // the reads below need no common snapshot (a step finishing in between shows on the next look).
    @Override
    public CaseProgress progress(CaseLookup lookup, String client) {
        LookedUpCase found = lookups.lookUp(lookup, client);
        List<Instant> notices = intake.materialsNotices(found.caseNumber()).stream().map(MaterialsNotice::issuedAt)
                .toList();
        return new CaseProgress(found.caseNumber(), found.serviceItemName(),
                directory.departmentName(found.leadDepartmentCode()), found.status(), found.acceptedAt(),
                found.dueAt(), found.closedAt(), found.outcome(), found.reason(), found.missingMaterials(),
                ProgressTimeline.of(found, steps(found.caseNumber()), notices, directory::departmentName));
    }

    private List<ProgressTimeline.Step> steps(String caseNumber) {
        // Served by ix_task_record_case (case_number).
        return jdbc.sql("""
                select task_key, department_code, created_at, ended_at, completed
                from casework_task_record where case_number = :caseNumber
                order by created_at, case when task_key = :acceptance then 0 else 1 end, task_id""")
                .param("caseNumber", caseNumber)
                // A window's acceptance and the lead department's step begin in the same instant: acceptance first.
                .param("acceptance", org.onewindow.casework.ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW)
                .query((rs, i) -> new ProgressTimeline.Step(rs.getString("task_key"), rs.getString("department_code"),
                        instant(rs.getObject("created_at", OffsetDateTime.class)),
                        instant(rs.getObject("ended_at", OffsetDateTime.class)), rs.getBoolean("completed")))
                .list();
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
