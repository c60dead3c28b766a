package org.onewindow.intake;

import java.time.Instant;
import java.util.List;

/**
 * The case record following its process: routed, moved between departments, its status, outcome and legal clock,
 * withdrawn or closed. Callers: casework's process code and step work.
 */
public interface CaseLifecycleService {

    /** The routing rules sent the case to other departments than the catalog's. */
    void applyRouting(String caseNumber, String leadDepartment, List<String> collaboratingDepartments);

    /** A step moved from one department to another: the case's departments (and lead, if it was) follow. */
    void moveDepartment(String caseNumber, String fromDepartment, String toDepartment, boolean lead);

    /** Moves the case to the status its process reached. Called by process listeners. */
    void changeStatus(String caseNumber, CaseStatus status);

    void recordOutcome(String caseNumber, Outcome outcome, String reason);

    /**
     * Restarts the legal clock after waiting for materials: the due date moves out by the working days the
     * case waited. Returns the new due date.
     */
    Instant resumeClock(String caseNumber, Instant at);

    /**
     * The case was formally accepted: publishes {@link CaseAccepted}. Called by casework wherever an acceptance is
     * recorded (the window's, the acceptance review's, an instant item's decision at the window).
     */
    void recordAcceptance(String caseNumber, String acceptedBy, Instant at);

    /** Ends the case without a decision and publishes {@link CaseWithdrawn}. */
    void withdraw(String caseNumber, String reason, Instant at);

    /**
     * Closes the case at the given time and publishes {@link CaseClosed}.
     *
     * @param deliveredBy username of the staff member who delivered the result
     */
    void close(String caseNumber, Instant closedAt, String deliveredBy);
}
