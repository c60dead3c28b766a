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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The printable one-time notice (一次性告知书): everything missing, told at once, with the date to bring it by. */
@Route(value = "notice", layout = MainLayout.class)
@PageTitle("One-time notice | OneWindow")
@PermitAll
public class MaterialsNoticeView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver {

    private final transient CaseFileService caseFiles;
    private final HallDates dates;
    private String noticeId;

    public MaterialsNoticeView(CaseFileService caseFiles, HallDates dates) {
        this.caseFiles = caseFiles;
        this.dates = dates;
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
            add(new H2("Notice not available"));
            return;
        }
        Div sheet = new Div();
        sheet.addClassName("receipt");
        sheet.setId("notice");
        sheet.add(new H2("One-time notice of missing materials"));
        sheet.add(new Paragraph("County Government Service Hall"));
        Paragraph caseLine = new Paragraph("Case " + notice.caseNumber() + " · " + notice.serviceItemName());
        caseLine.setId("notice-case");
        sheet.add(caseLine, new Paragraph("Dear " + notice.citizenName() + ", to go on with your case we need "
                + "the following materials. This list is complete: nothing else will be asked of you."));
        UnorderedList list = new UnorderedList();
        list.setId("notice-missing");
        notice.missing().forEach(material -> list.add(new ListItem(material)));
        sheet.add(list);
        if (notice.note() != null) {
            sheet.add(new Paragraph(notice.note()));
        }
        Paragraph bringBy = new Paragraph("Please bring them to any window by " + dates.date(notice.bringBy())
                + ". The time limit of your case stops until then; if they do not come by that date the case is "
                + "withdrawn.");
        bringBy.setId("notice-bring-by");
        sheet.add(bringBy, new Paragraph("Issued at " + notice.stepName() + " by " + notice.issuedBy() + ", "
                + dates.dateTime(notice.issuedAt()) + "."));
        Button print = new Button("Print", VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("notice-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button backToCase = new Button("Open the case",
                e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, notice.caseNumber())));
        HorizontalLayout actions = new HorizontalLayout(print, backToCase);
        actions.addClassName("no-print");
        add(sheet, actions);
    }
}
