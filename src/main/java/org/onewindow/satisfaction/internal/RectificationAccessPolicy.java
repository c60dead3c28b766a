package org.onewindow.satisfaction.internal;

import java.util.List;
import java.util.Set;

import org.onewindow.directory.StaffMember;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.shared.AppRoles;
import org.springframework.stereotype.Component;

/**
 * Who may read and act on which bad review. The heads of the department handling a review verify and rectify
 * it; managers and follow-up staff read every department's reviews, managers decide appeals, and follow-up
 * staff and the handling heads call the citizen; follow-up staff make the call-back a jurisdiction may require. Who may call the service at all is its {@code @RolesAllowed}.
 */
@Component
class RectificationAccessPolicy {

    /** Managers and follow-up staff read every department's bad reviews and the citizens' answers. */
    boolean readsAll(StaffMember staff) {
        return staff.hasAnyRole(AppRoles.MANAGER, AppRoles.FOLLOW_UP);
    }

    /** The departments whose bad reviews a staff member handles: their own, if they are a department head. */
    Set<String> handledDepartments(StaffMember staff) {
        return staff.hasRole(AppRoles.DEPT_HEAD) ? staff.departmentCodes() : Set.of();
    }

    boolean handles(StaffMember staff, String departmentCode) {
        return handledDepartments(staff).contains(departmentCode);
    }

    /** The departments whose rectifications a staff member lists: {@code null} for every department. */
    List<String> departmentsInView(StaffMember staff) {
        return readsAll(staff) ? null : List.copyOf(staff.departmentCodes());
    }

    boolean mayRead(StaffMember staff, Rectification rectification) {
        return readsAll(staff) || handles(staff, rectification.departmentCode());
    }

    /** The heads of the department handling the review (not its other staff, not other heads), and follow-up staff. */
    boolean mayRevealMobile(StaffMember staff, Rectification rectification) {
        return staff.hasRole(AppRoles.FOLLOW_UP) || handles(staff, rectification.departmentCode());
    }

    boolean mayDecideAppeals(StaffMember staff) {
        return staff.hasRole(AppRoles.MANAGER);
    }

    /** Follow-up staff call citizens back, while the call-back is pending. */
    boolean mayCallBack(StaffMember staff, Rectification rectification) {
        return staff.hasRole(AppRoles.FOLLOW_UP) && rectification.callBackPending();
    }

    /** The rectification with what {@code staff} may do on it now, for the screen to offer exactly that. */
    Rectification withActionsOf(StaffMember staff, Rectification rectification) {
        boolean handler = handles(staff, rectification.departmentCode());
        RectificationStage stage = rectification.stage();
        return rectification.withActions(handler && stage == RectificationStage.VERIFYING,
                handler && stage == RectificationStage.RECTIFYING,
                stage == RectificationStage.APPEALED && mayDecideAppeals(staff),
                (stage.isOpen() || rectification.callBackPending()) && mayRevealMobile(staff, rectification),
                mayCallBack(staff, rectification));
    }
}
