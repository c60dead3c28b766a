package org.onewindow.casework.internal;

import java.util.Set;

import org.onewindow.directory.StaffMember;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseStatus;
import org.onewindow.shared.AppRoles;
import org.springframework.stereotype.Component;

/**
 * Who may read a case file and what they may do with it. The front desk, managers and administrators read every
 * case; case workers and heads the cases their departments work on (lead or collaborating); nobody else. The steps
 * of a case have their own rules ({@link TaskAccessPolicy}).
 */
@Component
class CaseFileAccess {

    /** Managers and administrators read every case and every step, and act on none of them. */
    static boolean readsEverything(StaffMember staff) {
        return staff.hasAnyRole(AppRoles.MANAGER, AppRoles.ADMIN);
    }

    boolean maySee(StaffMember staff, CaseDetails details) {
        if (readsEverything(staff) || staff.hasRole(AppRoles.FRONT_DESK)) {
            return true;
        }
        if (!staff.hasAnyRole(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD)) {
            return false;
        }
        return details.involvedDepartmentCodes().stream().anyMatch(staff::belongsTo);
    }

    /**
     * The departments whose cases a staff member may find: {@code null} for all cases (front desk, managers,
     * administrators), their own departments for department staff, none for anyone else.
     */
    Set<String> scope(StaffMember staff) {
        if (readsEverything(staff) || staff.hasRole(AppRoles.FRONT_DESK)) {
            return null;
        }
        if (staff.hasAnyRole(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD)) {
            return Set.copyOf(staff.departmentCodes());
        }
        return Set.of();
    }

    /** Of those who {@link #maySee see} the case, the front desk and the departments attach scans to it. */
    boolean mayAttach(StaffMember staff) {
        return staff.hasAnyRole(AppRoles.FRONT_DESK, AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD);
    }

    /**
     * A closed case's result notice is printed by those its screen admits (satisfaction's {@code ResultNoticeView}
     * and {@code ResultNoticeService}: the front desk and managers).
     */
    boolean mayPrintResultNotice(StaffMember staff, CaseDetails details) {
        return details.status() == CaseStatus.CLOSED && staff.hasAnyRole(AppRoles.FRONT_DESK, AppRoles.MANAGER);
    }

    /**
     * Of those who {@link #maySee see} the case, the window's clerks give a new lookup code and reprint the
     * receipt: they see the citizen at the counter (managers and administrators act on no case).
     */
    boolean mayReissueLookupCode(StaffMember staff, CaseDetails details) {
        return staff.hasRole(AppRoles.FRONT_DESK) && maySee(staff, details);
    }
}
