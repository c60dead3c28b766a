package org.onewindow.crm;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.onewindow.intake.ApplicantChange;
import org.onewindow.intake.ApplicantSummary;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.notification.CitizenMessage;
import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.satisfaction.RectificationSummary;

/**
 * An applicant's file as the staff member who opened it may read it. ID numbers and mobiles are masked throughout.
 *
 * @param cases newest first; for a person also the cases they brought for an enterprise (whose
 *     {@link CaseDetails#applicant()} is the enterprise)
 * @param moreCases there are older cases than those listed
 * @param messages the text messages sent to the applicant about these cases, newest first
 * @param rectifications the open rectifications of bad reviews of these cases, the earliest due first
 * @param reviews the citizen's individual survey answers by case number: only of the cases whose answers the
 *     reader may see (see {@code RectificationService.maySeeReviews}), so usually empty
 * @param mayRevealIdentifier the reader may reveal the unmasked ID number or credit code, with a reason
 * @param mayReadAccessLog the reader may read who opened the file (managers)
 * @param changes the changes of the applicant's record made at the window, newest first
 */
public record ApplicantFile(ApplicantSummary applicant, List<CaseDetails> cases, boolean moreCases,
        List<CitizenMessage> messages, List<MaterialsNotice> notices, List<RectificationSummary> rectifications,
        Map<String, List<CitizenReview>> reviews, boolean mayRevealIdentifier, boolean mayReadAccessLog,
        Instant openedAt, List<ApplicantChange> changes) {

    public ApplicantFile {
        changes = List.copyOf(changes);
        cases = List.copyOf(cases);
        messages = List.copyOf(messages);
        notices = List.copyOf(notices);
        rectifications = List.copyOf(rectifications);
        reviews = Map.copyOf(reviews);
    }

    /** A file whose record never changed at the window. */
    public ApplicantFile(ApplicantSummary applicant, List<CaseDetails> cases, boolean moreCases,
            List<CitizenMessage> messages, List<MaterialsNotice> notices, List<RectificationSummary> rectifications,
            Map<String, List<CitizenReview>> reviews, boolean mayRevealIdentifier, boolean mayReadAccessLog,
            Instant openedAt) {
        this(applicant, cases, moreCases, messages, notices, rectifications, reviews, mayRevealIdentifier,
                mayReadAccessLog, openedAt, List.of());
    }
}
