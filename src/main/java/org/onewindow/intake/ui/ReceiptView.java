package org.onewindow.intake.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.IntakeService;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PublicSite;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;

import jakarta.annotation.security.RolesAllowed;

/**
 * The acceptance receipt the citizen takes home: case number, item, due date, materials received and the
 * lookup code. The code is known only right after registration (only its hash is stored), so it is kept in
 * the clerk's session for printing.
 */
@Route(value = "receipt", layout = MainLayout.class)
@PageTitle("Acceptance receipt | OneWindow")
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.ADMIN })
public class ReceiptView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver {

    private static final String LOOKUP_CODES = ReceiptView.class.getName() + ".lookupCodes";

    private final transient IntakeService intake;
    private final transient DirectoryService directory;
    private final PublicSite site;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private String caseNumber;

    public ReceiptView(IntakeService intake, DirectoryService directory, PublicSite site, Clock clock) {
        this.intake = intake;
        this.directory = directory;
        this.site = site;
        this.dateTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(clock.getZone());
        this.date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(clock.getZone());
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
            add(new H2("No case " + caseNumber));
            return;
        }
        Div receipt = new Div();
        receipt.addClassName("receipt");
        receipt.setId("receipt");
        receipt.add(new H2("Acceptance receipt"));
        receipt.add(new Paragraph("County Government Service Hall"));
        Html list = new Html("<dl>" + entry("Case number", "<span id='receipt-case-number'>" + escape(details.caseNumber()) + "</span>")
                + entry("Applicant", escape(details.citizenName()) + " (" + escape(details.citizenMaskedIdNumber()) + ")")
                + entry("Service item", escape(details.serviceItemName()))
                + entry("Lead department", escape(directory.departmentName(details.leadDepartmentCode())))
                + entry("Accepted", dateTime.format(details.acceptedAt()))
                + entry("Due by", "<span id='receipt-due-date'>" + date.format(details.dueAt()) + "</span>")
                + entry("Materials received", materials(details))
                + "</dl>");
        receipt.add(list);
        String code = lookupCode(details.caseNumber());
        if (code != null) {
            Span lookup = new Span(code);
            lookup.addClassName("lookup-code");
            lookup.setId("receipt-lookup-code");
            receipt.add(new Paragraph("Lookup code (keep it to follow your case online): "), lookup);
        } else {
            receipt.add(new Paragraph("The lookup code was printed on the original receipt."));
        }
        // The whole address is printed, not just a link: the receipt is read on paper and typed into a phone.
        String progressUrl = site.progressUrl(details.caseNumber());
        Anchor link = new Anchor(progressUrl, progressUrl, AnchorTarget.BLANK);
        link.setId("receipt-progress-link");
        link.addClassName("receipt-url");
        receipt.add(new Paragraph(new Span("Follow your case online with the case number and the lookup code: "), link));
        Button print = new Button("Print", VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("receipt-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button next = new Button("Next citizen", e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class)));
        next.setId("receipt-next");
        HorizontalLayout actions = new HorizontalLayout(print, next);
        actions.addClassName("no-print");
        add(receipt, actions);
    }

    private static String materials(CaseDetails details) {
        StringBuilder html = new StringBuilder("<ul>");
        for (CaseMaterial material : details.materials()) {
            html.append("<li>").append(material.received() ? "✔ " : "✘ ").append(escape(material.name()))
                    .append(material.received() ? "" : " (not received)").append("</li>");
        }
        return html.append("</ul>").toString();
    }

    private static String entry(String term, String definitionHtml) {
        return "<dt>" + term + "</dt><dd>" + definitionHtml + "</dd>";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("'", "&#39;").replace("\"", "&quot;");
    }
}
