package org.onewindow.casework.internal;

import java.util.HashSet;
import java.util.Set;

import org.onewindow.casework.InboxTask;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.AppRoles;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on which step. Department steps belong to the department's case workers and head;
 * front-desk steps to the front desk; managers and administrators read everything but act on nothing.
 */
@Component
class TaskAccessPolicy {

    /** The queues a staff member works from: their departments, and the front desk's if that is their role. */
    Set<String> queuesOf(StaffMember staff) {
        Set<String> groups = new HashSet<>();
        if (staff.hasAnyRole(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD)) {
            groups.addAll(staff.departmentCodes());
        }
        if (staff.hasRole(AppRoles.FRONT_DESK)) {
            groups.add(ServiceRequestProcess.GROUP_FRONT_DESK);
        }
        if (staff.hasRole(AppRoles.FOLLOW_UP)) {
            groups.add(AppRoles.FOLLOW_UP); // phone follow-ups of the satisfaction survey
        }
        return groups;
    }

    boolean worksOn(StaffMember staff, InboxTask task) {
        return queuesOf(staff).contains(task.candidateGroup());
    }

    boolean maySee(StaffMember staff, InboxTask task) {
        return worksOn(staff, task) || username(staff).equals(task.assignee()) || CaseFileAccess.readsEverything(staff)
                || headedDepartments(staff).contains(task.candidateGroup());
    }

    boolean mayClaim(StaffMember staff, InboxTask task) {
        return !task.isClaimed() && worksOn(staff, task);
    }

    boolean mayComplete(StaffMember staff, InboxTask task) {
        return username(staff).equals(task.assignee()) && worksOn(staff, task);
    }

    /** The assignee may give a step back; the department head may take it back from a member. */
    boolean mayUnclaim(StaffMember staff, InboxTask task) {
        return task.isClaimed() && (username(staff).equals(task.assignee())
                || (staff.hasRole(AppRoles.DEPT_HEAD) && staff.belongsTo(task.candidateGroup())));
    }

    /** The departments whose whole open work a staff member oversees: their own, if they are a department head. */
    Set<String> headedDepartments(StaffMember staff) {
        return staff.hasRole(AppRoles.DEPT_HEAD) ? Set.copyOf(staff.departmentCodes()) : Set.of();
    }

    boolean mayReassign(StaffMember staff, InboxTask task) {
        return headedDepartments(staff).contains(task.candidateGroup());
    }

    /** Whom a head may give a department's step to: an active case worker or head of that department. */
    boolean mayBeGiven(StaffMember member, InboxTask task) {
        return member.active() && member.belongsTo(task.candidateGroup())
                && member.hasAnyRole(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD);
    }

    /** Department staff send a step of their own queue to another department; the front desk's steps stay. */
    boolean mayTransfer(StaffMember staff, InboxTask task) {
        return worksOn(staff, task) && !ServiceRequestProcess.GROUP_FRONT_DESK.equals(task.candidateGroup());
    }

    private static String username(StaffMember staff) {
        return staff.username();
    }
}
