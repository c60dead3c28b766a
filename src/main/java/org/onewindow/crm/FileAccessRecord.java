package org.onewindow.crm;

import java.time.Instant;

import org.onewindow.intake.ApplicantRef;

/**
 * One row of the audit log of applicant files: who opened a file or revealed an ID number, when, and why.
 *
 * @param reason what the staff member gave as the reason; {@code null} when they opened the file of an applicant
 *     whose open case they work on and gave none
 */
public record FileAccessRecord(long id, String viewer, ApplicantRef applicant, FileAction action, Instant at,
        String reason) {
}
