package org.onewindow.casework.ui;

import org.onewindow.casework.CaseFileService;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The printable one-time notice (一次性告知书): everything missing, told at once, with the date to bring it by. */
@Route(value = "notice", layout = MainLayout.class)
@PermitAll
public class MaterialsNoticeView extends VerticalLayout
        implements
            HasUrlParameter<String>,
            BeforeEnterObserver,
            HasDynamicTitle {

    private final transient CaseFileService caseFiles;
    private final HallDates dates;
    private String noticeId;

    public MaterialsNoticeView(CaseFileService caseFiles, HallDates dates) {
        this.caseFiles = caseFiles;
        this.dates = dates;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.notice.pageTitle") + " | " + getTranslation("shared.app.title");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.noticeId = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        MaterialsNotice notice;
        try {
            notice = caseFiles.materialsNotice(Long.parseLong(noticeId));
        } catch (NumberFormatException | NotFoundException e) {
            add(new H2(getTranslation("casework.notice.notAvailable")));
            return;
        }
        Div sheet = new Div();
        sheet.addClassName("receipt");
        sheet.setId("notice");
        sheet.add(new H2(getTranslation("casework.notice.title")));
        sheet.add(new Paragraph(getTranslation("shared.app.hall")));
        Paragraph caseLine = new Paragraph(
                getTranslation("casework.notice.case", notice.caseNumber(), notice.serviceItemName(getLocale())));
        caseLine.setId("notice-case");
        Paragraph salutation = new Paragraph(getTranslation("casework.notice.salutation", notice.citizenName()));
        salutation.setId("notice-salutation");
        sheet.add(caseLine, salutation);
        UnorderedList list = new UnorderedList();
        list.setId("notice-missing");
        // The notice is printed in the clerk's language today: its item and materials are named in that one too.
        notice.missing(getLocale()).forEach(material -> list.add(new ListItem(material)));
        sheet.add(list);
        if (notice.note() != null) {
            sheet.add(new Paragraph(notice.note()));
        }
        Paragraph bringBy = new Paragraph(getTranslation("casework.notice.bringBy", dates.date(notice.bringBy())));
        bringBy.setId("notice-bring-by");
        Paragraph issued = new Paragraph(
                getTranslation("casework.notice.issued", StepNames.ofRecordedName(notice.stepName()),
                        notice.issuedBy(), dates.dateTime(notice.issuedAt())));
        issued.setId("notice-issued");
        sheet.add(bringBy, issued);
        Button print = new Button(getTranslation("casework.notice.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("notice-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button backToCase = new Button(getTranslation("casework.notice.openCase"),
                e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, notice.caseNumber())));
        HorizontalLayout actions = new HorizontalLayout(print, backToCase);
        actions.addClassName("no-print");
        add(sheet, actions);
    }
}
