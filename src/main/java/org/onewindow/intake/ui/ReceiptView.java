package org.onewindow.intake.ui;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.CaseContactService;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.CaseReceiptService;
import org.onewindow.intake.CaseStatus;
import org.onewindow.intake.Channel;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PublicSite;
import org.onewindow.shared.ui.CodesForPrinting;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.PaperLanguages;

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
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The acceptance receipt the citizen takes home: case number, item, due date, materials received and the
 * lookup code. The code is known only right after registration (only its hash is stored), so it is kept in
 * the clerk's session for printing. The paper is wholly in the language the citizen chose for the case (labels, dates
 * and the names it copies), whatever the clerk's screen shows, as the case's messages are, or in Chinese and English
 * for a bilingual copy; only the buttons around it, which are not printed, follow the screen. It prints the case as it
 * was accepted ({@link CaseReceiptService#asAccepted}), so that a reprint from the case file says what the original
 * said, marked as a reprint with its time.
 */
@Route(value = "receipt", layout = MainLayout.class)
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.ADMIN })
public class ReceiptView extends VerticalLayout
        implements
            HasUrlParameter<String>,
            BeforeEnterObserver,
            HasDynamicTitle {

    /** The query parameter of a reprint from the case file: marked so, and without the original's code. */
    public static final String REPRINT = "reprint";
    /** {@code casework.ui.WindowStepRedirect}'s path: intake may not name casework's screens. */
    static final String WINDOW_STEP = "tasks/at-window";

    private final transient CaseReceiptService receipts;
    private final transient DirectoryService directory;
    private final transient CaseContactService contacts;
    private final PublicSite site;
    private final HallDates dates;
    private final transient CatalogService catalog;
    private String caseNumber;
    private boolean reprint;
    private boolean bilingual;

    public ReceiptView(CaseReceiptService receipts, DirectoryService directory, CaseContactService contacts,
            PublicSite site, HallDates dates, CatalogService catalog) {
        this.catalog = catalog;
        this.receipts = receipts;
        this.directory = directory;
        this.contacts = contacts;
        this.site = site;
        this.dates = dates;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.caseNumber = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reprint = event.getLocation().getQueryParameters().getParameters().containsKey(REPRINT);
        show();
    }

    private void show() {
        removeAll();
        CaseDetails details = receipts.asAccepted(caseNumber).orElse(null);
        if (details == null) {
            add(new H1(getTranslation("intake.receipt.noCase", caseNumber)));
            return;
        }
        PaperLanguages paper = new PaperLanguages(contacts.citizenLanguage(details.caseNumber()), bilingual);
        Optional<ServiceItem> acceptedWith = catalog.version(details.serviceItemCode(), details.serviceItemVersion());
        boolean acceptedAtTheWindow = acceptedAtTheWindow(details, acceptedWith);
        Div receipt = new Div();
        receipt.addClassName("receipt");
        receipt.setId("receipt");
        receipt.add(new H1(paper.t("intake.receipt.title")));
        receipt.add(new Paragraph(paper.t("shared.app.hall")));
        if (reprint) {
            Instant printedAt = dates.now();
            Paragraph mark = new Paragraph(paper.text(language -> I18NProvider.translate(language,
                    "intake.receipt.reprint", dates.dateTime(printedAt, language))));
            mark.setId("receipt-reprint");
            mark.addClassName("reprint-mark");
            receipt.add(mark);
        }
        Html list = new Html("<dl>" + entry(paper.t("intake.receipt.caseNumber"),
                "<span id='receipt-case-number'>" + escape(details.caseNumber()) + "</span>")
                + (details.enterpriseName() == null ? ""
                        : entry(paper.t("intake.receipt.enterprise"), escape(details.enterpriseName())))
                + entry(paper.t(details.enterpriseName() == null ? "intake.receipt.applicant"
                        : "intake.receipt.agentRole." + details.agentRole().name()),
                        paper.t("intake.receipt.applicantWithId", escape(details.citizenName()),
                                escape(details.citizenMaskedIdNumber())))
                + entry(paper.t("intake.receipt.serviceItem"),
                        escape(paper.text(language -> I18NProvider.translate(language, "intake.receipt.itemVersion",
                                details.serviceItemName(language), details.serviceItemVersionLabel()))))
                + entry(paper.t("intake.receipt.leadDepartment"),
                        escape(paper.text(
                                language -> directory.departmentName(details.leadDepartmentCode(), language))))
                + entry(paper.t("intake.receipt.accepted"), "<span id='receipt-accepted'>"
                        + escape(paper.text(language -> dates.dateTime(details.acceptedAt(), language))) + "</span>")
                + entry(paper.t("intake.receipt.dueBy"), "<span id='receipt-due-date'>"
                        + escape(paper.text(language -> dates.date(details.dueAt(), language))) + "</span>")
                + entry(paper.t("intake.receipt.materials"), materials(details, paper))
                + "</dl>");
        receipt.add(list);
        if (acceptedAtTheWindow) {
            // The registration was the acceptance: the case went straight on to its lead department.
            Paragraph withLead = new Paragraph(paper.text(language -> I18NProvider.translate(language,
                    "intake.receipt.nowWithLead", directory.departmentName(details.leadDepartmentCode(), language))));
            withLead.setId("receipt-now-with");
            receipt.add(withLead);
        }
        // The original shows the code minted with the case; a reprint only a code reissued in this visit.
        String code = (reprint ? CodesForPrinting.reissued(details.caseNumber())
                : CodesForPrinting.minted(details.caseNumber())).orElse(null);
        if (code != null) {
            Span lookup = new Span(code);
            lookup.addClassName("lookup-code");
            lookup.setId("receipt-lookup-code");
            receipt.add(new Paragraph(paper.t("intake.receipt.lookupCode")), lookup);
        } else {
            Paragraph onOriginal = new Paragraph(paper.t("intake.receipt.lookupCodeOnOriginal"));
            onOriginal.setId("receipt-code-on-original");
            receipt.add(onOriginal);
        }
        // The whole address is printed, not just a link: the receipt is read on paper and typed into a phone.
        String progressUrl = site.progressUrl(details.caseNumber());
        Anchor link = new Anchor(progressUrl, progressUrl, AnchorTarget.BLANK);
        link.setId("receipt-progress-link");
        link.addClassName("receipt-url");
        receipt.add(new Paragraph(new Span(paper.t("intake.receipt.followOnline")), link));
        Button print = new Button(getTranslation("intake.receipt.print"), VaadinIcon.PRINT.create(),
                e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        print.setId("receipt-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button next = new Button(getTranslation("intake.receipt.nextCitizen"),
                e -> getUI().ifPresent(ui -> ui.navigate(IntakeView.class)));
        next.setId("receipt-next");
        HorizontalLayout actions = new HorizontalLayout(print, next,
                PaperLanguages.bilingualSwitch("receipt-bilingual", bilingual, both -> {
                    bilingual = both;
                    show();
                }));
        actions.setAlignItems(Alignment.CENTER);
        actions.addClassName("no-print");
        add(receipt, actions);
        // Above the paper: the clerk reads it first, before printing or calling the next citizen.
        if (!acceptedAtTheWindow) {
            stepStillAtTheWindow(details, acceptedWith).ifPresent(this::addComponentAsFirst);
        }
    }

    /**
     * Whether the registration was the acceptance, by the rule {@code casework}'s process start applies
     * ({@link org.onewindow.catalog.ServiceItem#acceptedOnRegistration}). Read from what the case was accepted
     * with, so that a reprint says what the original said.
     */
    private static boolean acceptedAtTheWindow(CaseDetails details, Optional<ServiceItem> acceptedWith) {
        List<String> received = details.materials().stream().filter(CaseMaterial::received).map(CaseMaterial::name)
                .toList();
        return details.channel() == Channel.WINDOW
                && acceptedWith.map(item -> item.acceptedOnRegistration(received)).orElse(false);
    }

    /**
     * The clerk's next move when the case still waits for them at the window (not printed): an instant item is
     * decided now, and missing materials are listed in the one-time notice now, not when the citizen has left.
     * Asked only when the registration was not the acceptance.
     */
    private Optional<Div> stepStillAtTheWindow(CaseDetails details, Optional<ServiceItem> acceptedWith) {
        if (reprint || details.channel() != Channel.WINDOW || details.status() != CaseStatus.ACCEPTED) {
            return Optional.empty();
        }
        boolean instant = acceptedWith.map(item -> item.kind() == ItemKind.INSTANT).orElse(false);
        Paragraph why = new Paragraph(getTranslation(
                instant ? "intake.receipt.next.instant" : "intake.receipt.next.missingMaterials"));
        Button go = new Button(getTranslation(instant ? "intake.receipt.next.decide" : "intake.receipt.next.notice"),
                e -> getUI().ifPresent(ui -> ui.navigate(WINDOW_STEP + "/" + details.caseNumber())));
        go.setId("receipt-window-step");
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div next = new Div(why, go);
        next.setId("receipt-next-step");
        next.addClassNames("no-print", "receipt-next-step");
        return Optional.of(next);
    }

    private String materials(CaseDetails details, PaperLanguages paper) {
        StringBuilder html = new StringBuilder("<ul>");
        for (CaseMaterial material : details.materials()) {
            String name = escape(paper.text(material::name));
            html.append("<li>").append(material.received() ? "✔ " + name
                    : "✘ " + paper.t("intake.receipt.materialNotReceived", name)).append("</li>");
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
