package org.onewindow.casework.ui;

import org.onewindow.casework.CaseFileService;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.PaperLanguages;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * The printable one-time notice (一次性告知书): everything missing, told at once, with the date to bring it by. The paper
 * is wholly in the language the citizen chose for the case (texts, dates, step, item, materials), whatever the
 * screen's, or in Chinese and then English for a bilingual copy; the buttons around it, not printed, follow the
 * screen.
 */
@Route(value = "notice", layout = MainLayout.class)
@PermitAll
public class MaterialsNoticeView extends VerticalLayout
        implements
            HasUrlParameter<String>,
            BeforeEnterObserver,
            HasDynamicTitle {

    private final transient CaseFileService caseFiles;
    private final transient CaseContactService contacts;
    private final HallDates dates;
    private String noticeId;
    private MaterialsNotice notice;
    private boolean bilingual;

    public MaterialsNoticeView(CaseFileService caseFiles, CaseContactService contacts, HallDates dates) {
        this.caseFiles = caseFiles;
        this.contacts = contacts;
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
        MaterialsNotice found;
        try {
            found = caseFiles.materialsNotice(Long.parseLong(noticeId));
        } catch (NumberFormatException | NotFoundException e) {
            add(new H1(getTranslation("casework.notice.notAvailable")));
            return;
        }
        this.notice = found;
        show();
    }

    private void show() {
        removeAll();
        PaperLanguages paper = new PaperLanguages(contacts.citizenLanguage(notice.caseNumber()), bilingual);
        Div sheet = new Div();
        sheet.addClassName("receipt");
        sheet.setId("notice");
        sheet.add(new H1(paper.t("casework.notice.title")));
        sheet.add(new Paragraph(paper.t("shared.app.hall")));
        Paragraph caseLine = new Paragraph(paper.text(language -> I18NProvider.translate(language,
                "casework.notice.case", notice.caseNumber(), notice.serviceItemName(language))));
        caseLine.setId("notice-case");
        Paragraph salutation = new Paragraph(paper.t("casework.notice.salutation", notice.citizenName()));
        salutation.setId("notice-salutation");
        sheet.add(caseLine, salutation);
        UnorderedList list = new UnorderedList();
        list.setId("notice-missing");
        // The same materials in the same order in either language.
        for (int i = 0; i < notice.missing().size(); i++) {
            int index = i;
            list.add(new ListItem(paper.text(language -> notice.missing(language).get(index))));
        }
        sheet.add(list);
        if (notice.note() != null) {
            sheet.add(new Paragraph(notice.note()));
        }
        Paragraph bringBy = new Paragraph(paper.text(language -> I18NProvider.translate(language,
                "casework.notice.bringBy", dates.date(notice.bringBy(), language))));
        bringBy.setId("notice-bring-by");
        Paragraph issued = new Paragraph(paper.text(language -> I18NProvider.translate(language,
                "casework.notice.issued", StepNames.ofRecordedName(notice.stepName(), language), notice.issuedBy(),
                dates.dateTime(notice.issuedAt(), language))));
        issued.setId("notice-issued");
        sheet.add(bringBy, issued);
        Button print = new Button(getTranslation("casework.notice.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("notice-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button backToCase = new Button(getTranslation("casework.notice.openCase"),
                e -> getUI().ifPresent(ui -> ui.navigate(CaseView.class, notice.caseNumber())));
        HorizontalLayout actions = new HorizontalLayout(print, backToCase,
                PaperLanguages.bilingualSwitch("notice-bilingual", bilingual, both -> {
                    bilingual = both;
                    show();
                }));
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("no-print");
        add(sheet, actions);
    }
}
