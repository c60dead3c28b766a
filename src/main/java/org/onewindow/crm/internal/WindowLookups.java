package org.onewindow.crm.internal;

import org.onewindow.crm.FileAction;
import org.onewindow.intake.ApplicantLookedUp;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The window's "find applicant" reads part of the file (name, mobile), so each find and each revealed mobile goes to
 * the file's access log like an opening, in the transaction of the look-up.
 */
@Component
class WindowLookups {

    private final FileAccessLog log;

    WindowLookups(FileAccessLog log) {
        this.log = log;
    }

    @EventListener
    void on(ApplicantLookedUp event) {
        FileAction action = event.what() == ApplicantLookedUp.What.MOBILE_REVEALED ? FileAction.REVEAL_MOBILE
                : FileAction.FIND;
        log.record(event.staff(), event.applicant(), action, null, event.at());
    }
}
