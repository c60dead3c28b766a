package org.onewindow.satisfaction;

/**
 * The window kiosk (窗口评价): a tablet at a front-desk window, facing the citizen, that offers the survey of
 * the case the window has just closed. A front-desk staff member pairs it with their account for the day; the
 * tablet then works without signing in, on the key of its pairing, and shows no personal data.
 */
public interface WindowKioskService {

    /**
     * Front desk: a new kiosk key for the signed-in staff member, valid until the end of the hall's day. It
     * replaces their previous pairing, whose kiosk link stops working. The key is stored only as a hash, so
     * the link can be shown once only.
     */
    KioskPairing pair();

    /**
     * What the kiosk shows now: the waiting screen, or the survey of the newest case its staff member closed
     * within the kiosk window ({@code onewindow.satisfaction.kiosk-window}) that is neither answered nor
     * passed over at the kiosk.
     *
     * @throws KioskUnavailableException for an unknown, replaced or expired key
     */
    WindowKiosk open(String kioskKey);

    /**
     * The citizen's answers at the kiosk, stored with the channel KIOSK and ending the follow-up as an answer
     * by link does. The case must have been closed by the kiosk's staff member.
     *
     * @throws KioskUnavailableException for an unknown, replaced or expired key
     * @throws SurveyUnavailableException when the case was answered already (by any channel), its survey has
     *     expired, it was not closed at this window, or a staff member is signed in on the kiosk
     * @throws org.onewindow.shared.InvalidInputException for incomplete answers
     */
    void submit(String kioskKey, String caseNumber, SurveyAnswers answers);

    /** The citizen does not want to rate at the kiosk: it waits for the next case; the SMS link still works. */
    void dismiss(String kioskKey, String caseNumber);
}
