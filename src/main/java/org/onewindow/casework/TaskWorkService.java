package org.onewindow.casework;

import java.util.List;

import org.onewindow.directory.StaffMember;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.intake.MaterialsRequest;

/**
 * Acting on steps. Every method checks that the signed-in staff member may do it: a case worker acts only
 * on steps of their own departments, and completes only what they claimed.
 */
public interface TaskWorkService {

    TaskDetails details(String taskId);

    void claim(String taskId);

    void unclaim(String taskId);

    /** Department head: gives a step of their department to a named member of it; recorded on the case. */
    void reassign(String taskId, String username);

    /**
     * Department head: whom they may {@link #reassign give} the step to, its current assignee left out: the
     * active case workers and heads of the step's department.
     */
    List<StaffMember> reassignCandidates(String taskId);

    /**
     * A step that reached the wrong department goes to another one, with the reason; it appears unclaimed in
     * that department's queue at once. Transferring a lead-department step makes the receiving department the
     * case's lead department.
     */
    void transfer(String taskId, Transfer transfer);

    /**
     * The lead department (holding its review or decision step) asks another department for an opinion, due
     * in the given number of working days. The decision waits until every consultation is answered.
     */
    void requestConsultation(String taskId, Consultation consultation);

    /** Front desk: materials and identity checked, the acceptance stands. */
    void confirmAcceptance(String taskId, String remark);

    /** Lead-department review or a collaborating department's joint-review opinion. */
    void submitOpinion(String taskId, StepOpinion opinion);

    void decide(String taskId, Decision decision);

    /**
     * Front desk, instant item (即办件): the acceptance review decides the case on the spot, the result is handed
     * over and the case closes, starting the satisfaction follow-up. Refused for any other step or item.
     */
    void decideAtWindow(String taskId, Decision decision);

    /**
     * Acceptance review or lead-department review: returns the case for missing materials with a one-time
     * notice listing everything missing. The case waits, its legal clock stopped.
     */
    MaterialsNotice returnForMaterials(String taskId, MaterialsRequest request);

    /** Front desk: the citizen brought the materials; the case resumes at the step that asked. */
    void confirmMaterialsReceived(String taskId, List<String> received);

    /** Front desk: the result was handed to the citizen; the case closes. */
    void confirmDelivery(String taskId, Delivery delivery);
}
