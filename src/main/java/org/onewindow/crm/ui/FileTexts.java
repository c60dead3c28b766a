package org.onewindow.crm.ui;

import org.onewindow.intake.AgentRole;

import com.vaadin.flow.i18n.I18NProvider;

/** Texts more than one section of the applicant file shows, in the screen's language. */
final class FileTexts {

    private FileTexts() {
    }

    /** How an agent acts for an enterprise ("authorised agent"); empty when the case recorded no role. */
    static String role(AgentRole role) {
        return role == null ? "" : I18NProvider.translate("crm.role." + role.name());
    }
}
