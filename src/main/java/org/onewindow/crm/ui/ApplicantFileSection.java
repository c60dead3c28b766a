package org.onewindow.crm.ui;

import java.util.Optional;

import org.onewindow.crm.ApplicantFileService;
import org.onewindow.shared.ui.CaseSection;
import org.springframework.core.annotation.Order;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.RouterLink;

/**
 * A link from the case page to the applicant's file, first among the sections other modules add there, and only
 * for staff who may open that file: the case page (casework) cannot link to this module's screens itself.
 */
@org.springframework.stereotype.Component
@Order(0)
class ApplicantFileSection implements CaseSection {

    private final ApplicantFileService files;

    ApplicantFileSection(ApplicantFileService files) {
        this.files = files;
    }

    @Override
    public Optional<Component> section(String caseNumber) {
        return files.fileOfCase(caseNumber).map(applicant -> {
            RouterLink link = new RouterLink(I18NProvider.translate("crm.caseLink.applicantFile"),
                    ApplicantFileView.class,
                    ApplicantFileView.parameters(applicant));
            link.setId("case-applicant-file");
            return new Div(link);
        });
    }
}
