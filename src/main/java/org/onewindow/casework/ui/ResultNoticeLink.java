package org.onewindow.casework.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * The satisfaction module's printable result notice (QR code of the survey), reached by its path: casework
 * does not depend on satisfaction, which depends on the case record.
 */
final class ResultNoticeLink {

    private ResultNoticeLink() {
    }

    static String path(String caseNumber) {
        return "case/" + caseNumber + "/result-notice";
    }

    static Anchor anchor(String caseNumber, String id) {
        Anchor link = new Anchor(path(caseNumber), "Print result notice");
        link.setId(id);
        return link;
    }
}
