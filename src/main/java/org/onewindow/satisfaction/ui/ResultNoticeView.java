package org.onewindow.satisfaction.ui;

import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.Outcome;
import org.onewindow.satisfaction.ResultNotice;
import org.onewindow.satisfaction.SatisfactionService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The result notice the front desk prints when it hands over the result: what was decided, and a QR code
 * the citizen scans to rate the service. Each visit makes a new survey link for the code (the SMS link is
 * stored only as a hash), all leading to the case's one single-use survey. Printed in the screen's language,
 * which the front desk switches in the shell for a citizen who reads the other one.
 */
@Route(value = ResultNoticeView.ROUTE, layout = MainLayout.class)
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.MANAGER })
public class ResultNoticeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Other modules link here by this path (casework's task and case screens), not by the class. */
    static final String ROUTE = "case/:caseNumber/result-notice";

    private final transient SatisfactionService satisfaction;
    private final transient DirectoryService directory;
    private final HallDates dates;

    public ResultNoticeView(SatisfactionService satisfaction, DirectoryService directory, HallDates dates) {
        this.satisfaction = satisfaction;
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
        ResultNotice notice;
        try {
            notice = satisfaction.resultNotice(caseNumber);
        } catch (NotFoundException | BusinessRuleException e) {
            Paragraph message = new Paragraph(e.getMessage());
            message.setId("result-notice-unavailable");
            add(new H2(getTranslation("satisfaction.notice.unavailable", caseNumber)), message);
            return;
        }
        Div sheet = new Div();
        sheet.addClassName("receipt");
        sheet.setId("result-notice");
        sheet.add(new H2(getTranslation("satisfaction.notice.title")));
        sheet.add(new Paragraph(getTranslation("shared.app.hall")));
        sheet.add(new Html("<dl>"
                + entry("satisfaction.notice.caseNumber",
                        "<span id='result-notice-case-number'>" + escape(notice.caseNumber()) + "</span>")
                + entry("satisfaction.notice.serviceItem", escape(notice.serviceItemName()))
                + entry("satisfaction.notice.leadDepartment", escape(directory.departmentName(notice.leadDepartmentCode())))
                + entry("satisfaction.notice.decision", "<span id='result-notice-decision'>" + decision(notice) + "</span>")
                + entry("satisfaction.notice.closedOn", escape(dates.date(notice.closedAt())))
                + "</dl>"));
        Paragraph scan = new Paragraph(getTranslation("satisfaction.notice.scan"));
        scan.setId("result-notice-scan");
        scan.addClassName("qr-caption");
        Paragraph validity = new Paragraph(getTranslation("satisfaction.notice.validity",
                dates.date(notice.surveyExpiresAt())));
        validity.setId("result-notice-validity");
        validity.addClassName("qr-note");
        Div survey = new Div(QrCodes.component(notice.surveyUrl(), "result-notice-qr"), scan, validity);
        survey.addClassName("qr-block");
        sheet.add(survey);

        Button print = new Button(getTranslation("satisfaction.notice.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("result-notice-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button openCase = new Button(getTranslation("satisfaction.notice.openCase"), e -> getUI().ifPresent(ui -> ui.navigate("case/" + caseNumber)));
        openCase.setId("result-notice-open-case");
        HorizontalLayout actions = new HorizontalLayout(print, openCase);
        actions.addClassName("no-print");
        add(sheet, actions);
    }

    private String decision(ResultNotice notice) {
        if (notice.outcome() == Outcome.APPROVED) {
            return escape(getTranslation("satisfaction.notice.approved"));
        }
        // The reason stays as the department wrote it.
        return notice.outcomeReason() == null ? escape(getTranslation("satisfaction.notice.rejected"))
                : escape(getTranslation("satisfaction.notice.rejectedBecause", notice.outcomeReason()));
    }

    private String entry(String termKey, String definitionHtml) {
        return "<dt>" + escape(getTranslation(termKey)) + "</dt><dd>" + definitionHtml + "</dd>";
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace("\"", "&quot;");
    }
}
