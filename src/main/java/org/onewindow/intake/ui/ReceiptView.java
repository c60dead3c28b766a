package org.onewindow.intake.ui;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.CaseRecordService;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PublicSite;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;

import jakarta.annotation.security.RolesAllowed;

/**
 * The acceptance receipt the citizen takes home: case number, item, due date, materials received and the
 * lookup code. The code is known only right after registration (only its hash is stored), so it is kept in
 * the clerk's session for printing. The paper is wholly in the language the citizen chose for the case (labels, dates
 * and the names it copies), whatever the clerk's screen shows, as the case's messages are; only the buttons around it,
 * which are not printed, follow the screen.
 */
@Route(value = "receipt", layout = MainLayout.class)
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.ADMIN })
public class ReceiptView extends VerticalLayout
        implements
            HasUrlParameter<String>,
            BeforeEnterObserver,
            HasDynamicTitle {

    private static final String LOOKUP_CODES = ReceiptView.class.getName() + ".lookupCodes";

    private final transient CaseRecordService intake;
    private final transient DirectoryService directory;
    private final transient CaseContactService contacts;
    private final PublicSite site;
    private final HallDates dates;
    private String caseNumber;

    public ReceiptView(CaseRecordService intake, DirectoryService directory, CaseContactService contacts,
            PublicSite site, HallDates dates) {
        this.intake = intake;
        this.directory = directory;
        this.contacts = contacts;
        this.site = site;
        this.dates = dates;
    }

    static void rememberLookupCode(RegisteredCase registered) {
        VaadinSession session = VaadinSession.getCurrent();
        @SuppressWarnings("unchecked")
        Map<String, String> codes = (Map<String, String>) session.getAttribute(LOOKUP_CODES);
        if (codes == null) {
            codes = new HashMap<>();
            session.setAttribute(LOOKUP_CODES, codes);
        }
        codes.put(registered.caseNumber(), registered.lookupCode());
    }

    private static String lookupCode(String caseNumber) {
        @SuppressWarnings("unchecked")
        Map<String, String> codes = (Map<String, String>) VaadinSession.getCurrent().getAttribute(LOOKUP_CODES);
        return codes == null ? null : codes.get(caseNumber);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.caseNumber = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CaseDetails details = intake.caseDetails(caseNumber).orElse(null);
        if (details == null) {
            add(new H1(getTranslation("intake.receipt.noCase", caseNumber)));
            return;
        }
        Locale citizens = contacts.citizenLanguage(details.caseNumber());
        Div receipt = new Div();
        receipt.addClassName("receipt");
        receipt.setId("receipt");
        receipt.add(new H1(getTranslation(citizens, "intake.receipt.title")));
        receipt.add(new Paragraph(getTranslation(citizens, "shared.app.hall")));
        Html list = new Html("<dl>" + entry(getTranslation(citizens, "intake.receipt.caseNumber"),
                "<span id='receipt-case-number'>" + escape(details.caseNumber()) + "</span>")
                + (details.enterpriseName() == null ? ""
                        : entry(getTranslation(citizens, "intake.receipt.enterprise"),
                                escape(details.enterpriseName())))
                + entry(getTranslation(citizens, details.enterpriseName() == null ? "intake.receipt.applicant"
                        : "intake.receipt.agentRole." + details.agentRole().name()),
                        getTranslation(citizens, "intake.receipt.applicantWithId", escape(details.citizenName()),
                                escape(details.citizenMaskedIdNumber())))
                + entry(getTranslation(citizens, "intake.receipt.serviceItem"),
                        escape(getTranslation(citizens, "intake.receipt.itemVersion",
                                details.serviceItemName(citizens), details.serviceItemVersionLabel())))
                + entry(getTranslation(citizens, "intake.receipt.leadDepartment"),
                        escape(directory.departmentName(details.leadDepartmentCode(), citizens)))
                + entry(getTranslation(citizens, "intake.receipt.accepted"),
                        "<span id='receipt-accepted'>" + escape(dates.dateTime(details.acceptedAt(), citizens))
                                + "</span>")
                + entry(getTranslation(citizens, "intake.receipt.dueBy"),
                        "<span id='receipt-due-date'>" + escape(dates.date(details.dueAt(), citizens)) + "</span>")
                + entry(getTranslation(citizens, "intake.receipt.materials"), materials(details, citizens))
                + "</dl>");
        receipt.add(list);
        if (details.status() == org.onewindow.intake.CaseStatus.IN_REVIEW) {
            // The registration was the acceptance: the case went straight on to its lead department.
            Paragraph withLead = new Paragraph(getTranslation(citizens, "intake.receipt.nowWithLead",
                    directory.departmentName(details.leadDepartmentCode(), citizens)));
            withLead.setId("receipt-now-with");
            receipt.add(withLead);
        }
        String code = lookupCode(details.caseNumber());
        if (code != null) {
            Span lookup = new Span(code);
            lookup.addClassName("lookup-code");
            lookup.setId("receipt-lookup-code");
            receipt.add(new Paragraph(getTranslation(citizens, "intake.receipt.lookupCode")), lookup);
        } else {
            receipt.add(new Paragraph(getTranslation(citizens, "intake.receipt.lookupCodeOnOriginal")));
        }
        // The whole address is printed, not just a link: the receipt is read on paper and typed into a phone.
        String progressUrl = site.progressUrl(details.caseNumber());
        Anchor link = new Anchor(progressUrl, progressUrl, AnchorTarget.BLANK);
        link.setId("receipt-progress-link");
        link.addClassName("receipt-url");
        receipt.add(new Paragraph(new Span(getTranslation(citizens, "intake.receipt.followOnline")), link));
        Button print = new Button(getTranslation("intake.receipt.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("receipt-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button next = new Button(getTranslation("intake.receipt.nextCitizen"),
                e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class)));
        next.setId("receipt-next");
        HorizontalLayout actions = new HorizontalLayout(print, next);
        actions.addClassName("no-print");
        add(receipt, actions);
    }

    private String materials(CaseDetails details, Locale citizens) {
        StringBuilder html = new StringBuilder("<ul>");
        for (CaseMaterial material : details.materials()) {
            String name = escape(material.name(citizens));
            html.append("<li>").append(material.received() ? "✔ " + name
                    : "✘ " + getTranslation(citizens, "intake.receipt.materialNotReceived", name)).append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String entry(String term, String definitionHtml) {
        return "<dt>" + escape(term) + "</dt><dd>" + definitionHtml + "</dd>";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("intake.receipt.pageTitle");
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace("\"", "&quot;");
    }
}
