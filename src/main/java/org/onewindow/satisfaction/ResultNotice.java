package org.onewindow.satisfaction;

import java.time.Instant;

import org.onewindow.intake.Outcome;

/**
 * The printed notice of a closed case's result (办结告知), handed to the citizen at the window, with a QR code
 * of its own survey link: only hashes of survey tokens are stored, so the SMS link cannot be printed.
 *
 * @param outcomeReason the reasons of a rejection; {@code null} when approved
 * @param surveyUrl a new link to the case's one survey: answered once, whichever link is used
 * @param surveyExpiresAt when every link of the survey stops working
 */
public record ResultNotice(String caseNumber, String serviceItemName, String leadDepartmentCode, Outcome outcome,
        String outcomeReason, Instant closedAt, String surveyUrl, Instant surveyExpiresAt) {
}
