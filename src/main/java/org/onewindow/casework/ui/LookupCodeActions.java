package org.onewindow.casework.ui;

import org.onewindow.shared.ui.Notices;
import org.onewindow.casework.CaseFileService;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.CodesForPrinting;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * The window's help for a citizen who lost their papers: a new lookup code (after a confirmation, as the old one
 * stops working) shown once on screen, and a reprint of the acceptance receipt, which carries the new code when one
 * was given in this visit. Shown only to those the case file lets do it.
 */
class LookupCodeActions extends VerticalLayout {

    /** The receipt's route (intake's screen), linked by path like the other modules' screens. */
    static final String RECEIPT_ROUTE = "receipt/";

    private final transient CaseFileService caseFiles;
    private final String caseNumber;
    private final Paragraph newCode = new Paragraph();

    LookupCodeActions(String caseNumber, CaseFileService caseFiles) {
        this.caseFiles = caseFiles;
        this.caseNumber = caseNumber;
        setPadding(false);
        setId("case-lookup-actions");
        addClassName("no-print");
        Button reissue = new Button(getTranslation("casework.case.reissueCode"), VaadinIcon.KEY.create(),
                e -> confirm());
        reissue.setId("case-reissue-code");
        // A reprint says it is one and leaves the original's code out (see the receipt's screen).
        Anchor reprint = new Anchor(RECEIPT_ROUTE + caseNumber + "?reprint", getTranslation(
                "casework.case.reprintReceipt"));
        reprint.setId("case-reprint-receipt");
        HorizontalLayout actions = new HorizontalLayout(reissue, reprint);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        newCode.setId("case-new-lookup-code");
        newCode.setVisible(false);
        add(actions, newCode);
    }

    private void confirm() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("casework.case.reissueTitle", caseNumber),
                getTranslation("casework.case.reissueText"), getTranslation("casework.case.reissueConfirm"),
                e -> reissue());
        dialog.setId("case-reissue-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("casework.case.reissueCancel"));
        dialog.setConfirmButtonTheme(ButtonVariant.LUMO_PRIMARY.getVariantName());
        dialog.open();
    }

    private void reissue() {
        try {
            String code = caseFiles.reissueLookupCode(caseNumber);
            CodesForPrinting.rememberReissued(caseNumber, code);
            Span shown = new Span(code);
            shown.addClassName("lookup-code");
            newCode.removeAll();
            newCode.add(new Span(getTranslation("casework.case.newCode") + " "), shown);
            newCode.setVisible(true);
            Notices.done(getTranslation("casework.case.reissued", caseNumber));
        } catch (NotFoundException | org.springframework.security.access.AccessDeniedException refused) {
            Notices.error(refused.getMessage());
        }
    }
}
