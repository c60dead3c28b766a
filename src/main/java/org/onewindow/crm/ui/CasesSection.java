package org.onewindow.crm.ui;

import org.onewindow.crm.ApplicantFile;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseDetails;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The applicant's cases, latest first: in what capacity the applicant took part, and whether each case reaches
 * the citizen with the contact given for it. An enterprise with more cases than a file lists says so.
 */
class CasesSection extends Div {

    CasesSection(ApplicantFile file, DirectoryService directory, HallDates dates) {
        ApplicantRef owner = file.applicant().ref();
        add(new H3(getTranslation("crm.cases.title")));
        Grid<CaseDetails> grid = new Grid<>(CaseDetails.class, false);
        grid.setId("file-cases");
        grid.addComponentColumn(details -> {
            Anchor link = new Anchor("case/" + details.caseNumber(), details.caseNumber());
            link.addClassName("case-link");
            return link;
        }).setKey("number").setHeader(getTranslation("crm.cases.column.number")).setAutoWidth(true);
        grid.addColumn(details -> details.serviceItemName(getLocale())).setKey("item")
                .setHeader(getTranslation("crm.cases.column.item"));
        grid.addColumn(details -> getTranslation("intake.status." + details.status().name())).setKey("status")
                .setHeader(getTranslation("crm.cases.column.status")).setAutoWidth(true);
        grid.addColumn(details -> directory.departmentName(details.leadDepartmentCode())).setKey("department")
                .setHeader(getTranslation("crm.cases.column.department"));
        grid.addColumn(details -> dates.date(details.acceptedAt())).setKey("accepted")
                .setHeader(getTranslation("crm.cases.column.accepted")).setAutoWidth(true);
        grid.addColumn(details -> dates.date(details.closedAt())).setKey("closed")
                .setHeader(getTranslation("crm.cases.column.closed")).setAutoWidth(true);
        grid.addColumn(details -> capacity(owner, details)).setKey("capacity")
                .setHeader(getTranslation("crm.cases.column.capacity"));
        grid.addColumn(this::contact).setKey("contact").setHeader(getTranslation("crm.cases.column.contact"));
        grid.setItems(file.cases());
        grid.setAllRowsVisible(true);
        add(grid);
        if (file.moreCases()) {
            add(new Paragraph(getTranslation("crm.cases.more", file.cases().size())));
        }
    }

    /**
     * Whether the case reaches the citizen, and with what: each case keeps the details given for it, which need not
     * be the record's (an online request, or a record corrected at the window since).
     */
    private String contact(CaseDetails details) {
        if (!details.reachable()) {
            return getTranslation("crm.cases.noContact");
        }
        return details.contactDiffersFromRecord()
                ? getTranslation("crm.cases.contactDiffers", details.citizenName(), details.citizenMaskedMobile()) : "";
    }

    /**
     * How the file's applicant took part in the case: for themselves (at the window or online: "in person" misread an
     * online request as a visit), for an enterprise, or (an enterprise) through whom.
     */
    private String capacity(ApplicantRef owner, CaseDetails details) {
        if (owner.type() == ApplicantType.ENTERPRISE) {
            return getTranslation("crm.cases.byPerson", details.citizenName(), FileTexts.role(details.agentRole()));
        }
        return details.applicant() != null && details.applicant().type() == ApplicantType.ENTERPRISE
                ? getTranslation("crm.cases.forEnterprise", details.enterpriseName(),
                        FileTexts.role(details.agentRole()))
                : getTranslation("crm.cases.self." + details.channel().name());
    }
}
