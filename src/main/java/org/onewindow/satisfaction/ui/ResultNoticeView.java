package org.onewindow.satisfaction.ui;

import java.util.Map;

import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.Outcome;
import org.onewindow.satisfaction.NoticeReprint;
import org.onewindow.satisfaction.ResultNotice;
import org.onewindow.satisfaction.ResultNoticeService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.FormErrors;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;
import org.onewindow.shared.ui.PaperLanguages;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The result notice the front desk prints when it hands over the result: what was decided, and a QR code
 * the citizen scans to rate the service. The code is shown once, on the print at the delivery (links are stored
 * only as hashes); opened again, the notice has no code and offers a reprint with a reason, which replaces the
 * earlier code. The sheet is wholly in the language the citizen chose for the case (labels, dates, item, department),
 * whatever the front desk's screen shows, or in Chinese and then English for a bilingual copy; the buttons and the print history around it, not printed, follow the screen.
 */
@Route(value = ResultNoticeView.ROUTE, layout = MainLayout.class)
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.MANAGER })
public class ResultNoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Other modules link here by this path (casework's task and case screens), not by the class. */
    static final String ROUTE = "case/:caseNumber/result-notice";

    private final transient ResultNoticeService notices;
    private final transient DirectoryService directory;
    private final HallDates dates;
    /** The notice on screen, drawn again when the copy turns bilingual (its code is not fetched twice). */
    private ResultNotice shown;
    private boolean bilingual;

    public ResultNoticeView(ResultNoticeService notices, DirectoryService directory, HallDates dates) {
        this.notices = notices;
        this.directory = directory;
        this.dates = dates;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("satisfaction.notice.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get("caseNumber").orElse(""));
    }

    void show(String caseNumber) {
        removeAll();
        try {
            show(notices.resultNotice(caseNumber));
        } catch (NotFoundException | BusinessRuleException e) {
            Paragraph message = new Paragraph(e.getMessage());
            message.setId("result-notice-unavailable");
            add(new H1(getTranslation("satisfaction.notice.unavailable", caseNumber)), message);
        }
    }

    private void show(ResultNotice notice) {
        removeAll();
        shown = notice;
        String caseNumber = notice.caseNumber();
        PaperLanguages paper = new PaperLanguages(notice.language(), bilingual);
        Div sheet = new Div();
        sheet.addClassName("receipt");
        sheet.setId("result-notice");
        sheet.add(new H1(paper.t("satisfaction.notice.title")));
        sheet.add(new Paragraph(paper.t("shared.app.hall")));
        // The item's name is the one the notice was made with (the citizen's language); the department is named
        // in each language of the paper.
        sheet.add(new Html("<dl>"
                + entry(paper, "satisfaction.notice.caseNumber",
                        "<span id='result-notice-case-number'>" + escape(notice.caseNumber()) + "</span>")
                + entry(paper, "satisfaction.notice.serviceItem", escape(notice.serviceItemName()))
                + entry(paper, "satisfaction.notice.leadDepartment",
                        escape(paper.bilingual()
                                ? paper.text(language -> directory.departmentName(notice.leadDepartmentCode(),
                                        language))
                                : notice.leadDepartmentName()))
                + entry(paper, "satisfaction.notice.decision",
                        "<span id='result-notice-decision'>" + decision(notice, paper) + "</span>")
                + entry(paper, "satisfaction.notice.closedOn",
                        escape(paper.text(language -> dates.date(notice.closedAt(), language))))
                + "</dl>"));
        if (notice.hasSurveyLink()) {
            Paragraph scan = new Paragraph(paper.t("satisfaction.notice.scan"));
            scan.setId("result-notice-scan");
            scan.addClassName("qr-caption");
            Paragraph validity = new Paragraph(paper.text(language -> I18NProvider.translate(language,
                    "satisfaction.notice.validity", dates.date(notice.surveyExpiresAt(), language))));
            validity.setId("result-notice-validity");
            validity.addClassName("qr-note");
            Div survey = new Div(QrCodes.component(notice.surveyUrl(), "result-notice-qr"), scan, validity);
            survey.addClassName("qr-block");
            sheet.add(survey);
        }

        Button print = new Button(getTranslation("satisfaction.notice.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("result-notice-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reprint = new Button(getTranslation("satisfaction.notice.reprint"), e -> openReprintDialog(caseNumber));
        reprint.setId("result-notice-reprint");
        Button openCase = new Button(getTranslation("satisfaction.notice.openCase"),
                e -> getUI().ifPresent(ui -> ui.navigate("case/" + caseNumber)));
        openCase.setId("result-notice-open-case");
        HorizontalLayout actions = new HorizontalLayout(print, reprint, openCase,
                PaperLanguages.bilingualSwitch("result-notice-bilingual", bilingual, both -> {
                    bilingual = both;
                    show(shown);
                }));
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.addClassName("no-print");
        add(sheet, actions);
        if (!notice.hasSurveyLink()) {
            // The code cannot be shown again: say so on screen (not on paper), and that a reprint makes a new one.
            print.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            reprint.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Paragraph noCode = new Paragraph(notice.prints().isEmpty()
                    ? getTranslation("satisfaction.notice.notPrinted")
                    : getTranslation("satisfaction.notice.printedBefore"));
            noCode.setId("result-notice-no-qr");
            noCode.addClassName("no-print");
            add(noCode);
        }
        if (!notice.prints().isEmpty()) {
            add(printHistory(notice));
        }
    }

    private Div printHistory(ResultNotice notice) {
        UnorderedList list = new UnorderedList();
        notice.prints().forEach(print -> list.add(new ListItem(NoticePrintsSection.line(print, directory, dates))));
        Div history = new Div(new Paragraph(getTranslation("satisfaction.notice.prints")), list);
        history.setId("result-notice-prints");
        history.addClassName("no-print");
        return history;
    }

    /** A reprint needs a reason, kept on the case; what was typed stays in the dialog when it is refused. */
    private void openReprintDialog(String caseNumber) {
        Dialog dialog = new Dialog();
        dialog.setId("result-notice-reprint-dialog");
        dialog.setHeaderTitle(getTranslation("satisfaction.notice.reprintTitle"));
        TextArea reason = new TextArea(getTranslation("satisfaction.notice.reprintReason"));
        reason.setId("result-notice-reprint-reason");
        reason.setWidthFull();
        reason.setMaxLength(NoticeReprint.MAX_REASON_LENGTH);
        reason.setHelperText(getTranslation("satisfaction.notice.reprintHelper"));
        Binder<NoticeReprint> binder = new Binder<>(NoticeReprint.class);
        binder.forField(reason).bind("reason");
        Paragraph message = new Paragraph();
        FormErrors.messageLine(message, "result-notice-reprint-message");
        Button confirm = new Button(getTranslation("satisfaction.notice.reprintConfirm"), e -> {
            message.setVisible(false);
            try {
                ResultNotice reprinted = notices.reprint(caseNumber, binder.writeRecord());
                dialog.close();
                show(reprinted);
                Notices.done(getTranslation("satisfaction.notice.reprinted"));
            } catch (ValidationException notSent) {
                // Nothing the field checks by itself; the service says what the reason lacks.
            } catch (InvalidInputException invalid) {
                Map<String, String> unplaced = FormErrors.show(binder, invalid);
                if (!unplaced.isEmpty()) {
                    message.setText(String.join(" ", unplaced.values()));
                    message.setVisible(true);
                }
            } catch (NotFoundException | BusinessRuleException refused) {
                Notices.warn(refused.getMessage());
            }
        });
        confirm.setId("result-notice-reprint-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("satisfaction.notice.reprintCancel"), e -> dialog.close());
        dialog.add(reason, message, new HorizontalLayout(cancel, confirm));
        add(dialog);
        dialog.open();
    }

    private static String decision(ResultNotice notice, PaperLanguages paper) {
        if (notice.outcome() == Outcome.APPROVED) {
            return escape(paper.t("satisfaction.notice.approved"));
        }
        // The reason stays as the department wrote it.
        return notice.outcomeReason() == null ? escape(paper.t("satisfaction.notice.rejected"))
                : escape(paper.t("satisfaction.notice.rejectedBecause", notice.outcomeReason()));
    }

    private static String entry(PaperLanguages paper, String termKey, String definitionHtml) {
        return "<dt>" + escape(paper.t(termKey)) + "</dt><dd>" + definitionHtml + "</dd>";
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace("\"", "&quot;");
    }
}
