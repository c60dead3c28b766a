package org.onewindow.crm.internal;

import java.util.List;

import org.onewindow.casework.OpenStepsService;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.crm.FileAccess;
import org.onewindow.directory.StaffMember;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.ApplicantRecordService;
import org.onewindow.shared.AppRoles;
import org.springframework.stereotype.Component;

/**
 * Who may open an applicant's file, and who must say why. Having an open case of the applicant is the need to
 * know: for case workers and heads, a case their department works on (lead or collaborating); at the front desk,
 * a case they registered or one with a step waiting in the front desk's queue. Without one, the front desk and
 * managers may still open any file, with a reason; nobody else may. Follow-up staff and administrators have no
 * file to open: their roles never count. Unmasked numbers are for those who check identities (front desk, managers),
 * and who opened a file is for managers.
 */
@Component
class NeedToKnow {

    private final ApplicantRecordService intake;
    private final OpenStepsService openSteps;

    NeedToKnow(ApplicantRecordService intake, OpenStepsService openSteps) {
        this.intake = intake;
        this.openSteps = openSteps;
    }

    FileAccess of(StaffMember staff, ApplicantRef applicant) {
        boolean frontDesk = staff.hasRole(AppRoles.FRONT_DESK);
        boolean department = staff.hasAnyRole(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD);
        boolean manager = staff.hasRole(AppRoles.MANAGER);
        if (!frontDesk && !department && !manager) {
            return FileAccess.DENIED;
        }
        List<CaseDetails> open = intake.openCasesOf(applicant);
        if (department
                && open.stream().anyMatch(c -> c.involvedDepartmentCodes().stream().anyMatch(staff::belongsTo))) {
            return FileAccess.GRANTED;
        }
        if (frontDesk && hasFrontDeskCase(staff, open)) {
            return FileAccess.GRANTED;
        }
        return frontDesk || manager ? FileAccess.REASON_REQUIRED : FileAccess.DENIED;
    }

    /** Revealing numbers, and finding applicants by them, is for those who check identities: front desk, managers. */
    boolean mayRevealIdentifier(StaffMember staff) {
        return staff.hasAnyRole(AppRoles.FRONT_DESK, AppRoles.MANAGER);
    }

    boolean mayReadAccessLog(StaffMember staff) {
        return staff.hasRole(AppRoles.MANAGER);
    }

    private boolean hasFrontDeskCase(StaffMember staff, List<CaseDetails> open) {
        if (open.isEmpty()) {
            return false;
        }
        if (open.stream().anyMatch(c -> staff.username().equals(c.registeredBy()))) {
            return true;
        }
        return !openSteps.casesWithOpenStepsIn(open.stream().map(CaseDetails::caseNumber).toList(),
                ServiceRequestProcess.GROUP_FRONT_DESK).isEmpty();
    }
}
