package org.onewindow.satisfaction;

/** Why a result notice is printed again (the citizen lost it, the print failed); kept on the case. */
public record NoticeReprint(String reason) {

    /** The longest reason, as the reprint dialog's field and the service count it. */
    public static final int MAX_REASON_LENGTH = 500;
}
