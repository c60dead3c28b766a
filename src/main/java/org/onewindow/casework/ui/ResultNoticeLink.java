package org.onewindow.casework.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.i18n.I18NProvider;

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
        Anchor link = new Anchor(path(caseNumber), I18NProvider.translate("casework.case.printResultNotice"));
        link.setId(id);
        return link;
    }
}
