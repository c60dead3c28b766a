package org.onewindow.satisfaction;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.onewindow.intake.Outcome;

/**
 * The printed notice of a closed case's result (办结告知), handed to the citizen at the window, with a QR code
 * of its own survey link. Only hashes of survey tokens are stored, so a link can be shown once only: when the
 * notice is printed at the delivery, or reprinted; every other showing of the notice has none.
 *
 * @param serviceItemName the item's name in the citizen's language, as the case's version named it
 * @param outcomeReason the reasons of a rejection; {@code null} when approved
 * @param surveyUrl the new link of this print to the case's one survey (answered once, whichever link is used);
 *     {@code null} when this showing is not a print
 * @param surveyExpiresAt when every link of the survey stops working
 * @param prints the notice's prints so far, oldest first (this one included when it is one)
 * @param leadDepartmentName the lead department's name in the citizen's language
 * @param language the language the citizen chose for the case: the notice names the item and the department in it,
 *     whatever the language of the screen it is printed from
 */
public record ResultNotice(String caseNumber, String serviceItemName, String leadDepartmentCode, Outcome outcome,
        String outcomeReason, Instant closedAt, String surveyUrl, Instant surveyExpiresAt, List<NoticePrint> prints,
        String leadDepartmentName, Locale language) {

    public ResultNotice {
        prints = List.copyOf(prints);
    }

    /** This showing carries a survey link (a print); without one it can only be reprinted. */
    public boolean hasSurveyLink() {
        return surveyUrl != null;
    }
}
