package org.onewindow.satisfaction;

import org.onewindow.intake.Channel;

/**
 * The evaluation channels of the provincial specifications, each with its own versioned indicator set: in the
 * hall (the window kiosk and the printed result notice's QR code), the SMS link, the link of a case registered
 * online, the phone follow-up, and the provincial evaluation platform.
 */
public enum EvaluationChannel {
    WINDOW, SMS, ONLINE, PHONE, PROVINCE;

    /**
     * The channel an answer belongs to: the kiosk and a printed notice's QR code are the window's; a link in an SMS
     * is the SMS channel's, or the online channel's when the case was registered online; the phone follow-up is the
     * phone's. Answers from the provincial platform are {@link #PROVINCE} and never come through here.
     *
     * @param throughNotice the answer came through the QR code of a printed result notice
     * @param caseChannel how the case reached the hall
     */
    public static EvaluationChannel of(AnswerChannel answer, boolean throughNotice, Channel caseChannel) {
        return switch (answer) {
            case KIOSK -> WINDOW;
            case PHONE -> PHONE;
            case PROVINCE -> PROVINCE;
            case LINK -> throughNotice ? WINDOW : caseChannel == Channel.ONLINE ? ONLINE : SMS;
        };
    }
}
