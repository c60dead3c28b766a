package org.onewindow.crm.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.onewindow.crm.ApplicantFile;
import org.onewindow.crm.ApplicantFileService;
import org.onewindow.crm.FileAccess;
import org.onewindow.crm.FileAccessRecord;
import org.onewindow.crm.FileAction;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.intake.ApplicantSummary;
import org.onewindow.intake.ApplicantType;
import org.onewindow.intake.CaseDetails;
import org.onewindow.intake.MaterialsNotice;
import org.onewindow.notification.CitizenMessage;
import org.onewindow.satisfaction.CitizenReview;
import org.onewindow.satisfaction.RectificationSummary;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.UiFormats;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

/**
 * One applicant's file: who they are (masked), their cases, the messages and notices they got, open
 * rectifications, and their survey answers for those who may read them. Whether the reader may open it, must
 * give a reason first, may reveal the ID number or read the access log is the service's decision; the page only
 * asks.
 */
@Route(value = "applicant/:" + ApplicantFileView.REF, layout = MainLayout.class)
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD, AppRoles.MANAGER })
public class ApplicantFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REF = "ref";

    /** Purposes of messages to citizens with a text of their own in the notification bundle; others show their code. */
    private static final Set<String> NAMED_PURPOSES = Set.of("CASE_ACCEPTED", "MATERIALS_MISSING", "CASE_WITHDRAWN",
            "CASE_CLOSED", "RECTIFICATION_FEEDBACK");

    private final transient ApplicantFileService files;
    private final transient DirectoryService directory;
    private final HallDates dates;
    private ApplicantRef ref;

    final TextArea reason = new TextArea();
    final Span idNumber = new Span();

    public ApplicantFileView(ApplicantFileService files, DirectoryService directory, HallDates dates) {
        this.files = files;
        this.directory = directory;
        this.dates = dates;
        setMaxWidth("80em");
        reason.setId("file-reason");
        reason.setMaxLength(ApplicantFileService.MAX_REASON_LENGTH);
        reason.setWidthFull();
        idNumber.setId("file-id-number");
        idNumber.setVisible(false);
    }

    /** The address of an applicant's file, for links from other screens of this module. */
    static RouteParameters parameters(ApplicantRef applicant) {
        return new RouteParameters(REF, applicant.toPath());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("crm.file.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(event.getRouteParameters().get(REF).flatMap(ApplicantRef::fromPath).orElse(null));
    }

    void show(ApplicantRef applicant) {
        this.ref = applicant;
        removeAll();
        if (applicant == null) {
            notFound();
            return;
        }
        FileAccess access;
        try {
            access = files.access(applicant);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        switch (access) {
            case DENIED -> denied();
            case REASON_REQUIRED -> askForReason();
            case GRANTED -> open(null);
        }
    }

    private void notFound() {
        add(new H2(getTranslation("crm.file.notFound")));
    }

    private void denied() {
        removeAll();
        Paragraph text = new Paragraph(getTranslation("crm.file.denied"));
        text.setId("file-denied");
        add(new H2(getTranslation("crm.menu.applicants")), text);
    }

    private void askForReason() {
        reason.setLabel(getTranslation("crm.file.reason"));
        Button open = new Button(getTranslation("crm.file.open"), event -> open(reason.getValue()));
        open.setId("file-open");
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(getTranslation("crm.menu.applicants")), new Paragraph(getTranslation("crm.file.reasonIntro")), reason,
                open);
    }

    private void open(String why) {
        ApplicantFile file;
        try {
            file = files.open(ref, why);
        } catch (InvalidInputException e) {
            reason.setInvalid(true);
            reason.setErrorMessage(e.fieldErrors().getOrDefault("reason", String.join(" ", e.fieldErrors().values())));
            return;
        } catch (AccessDeniedException e) {
            denied();
            return;
        }
        removeAll();
        render(file);
    }

    private void render(ApplicantFile file) {
        add(header(file));
        Paragraph recorded = new Paragraph(getTranslation("crm.file.recorded", dates.dateTime(file.openedAt())));
        recorded.setId("file-audit-note");
        recorded.addClassName("opinion-meta");
        add(recorded);
        add(new H3(getTranslation("crm.cases.title")), cases(file));
        if (file.moreCases()) {
            add(new Paragraph(getTranslation("crm.cases.more", file.cases().size())));
        }
        add(new RecordChangesSection(file.changes(), dates));
        add(messages(file.messages()), notices(file.notices()), rectifications(file.rectifications()));
        if (!file.reviews().isEmpty()) {
            add(reviews(file));
        }
        if (file.mayReadAccessLog()) {
            add(accessLog());
        }
    }

    private Div header(ApplicantFile file) {
        ApplicantSummary applicant = file.applicant();
        boolean person = applicant.type() == ApplicantType.PERSON;
        Div header = new Div();
        header.setId("file-applicant");
        header.add(new H2(applicant.displayName()));
        header.add(new Paragraph(getTranslation("crm.type." + applicant.type().name())));
        Span masked = new Span(applicant.maskedIdentifier());
        masked.setId("file-id-masked");
        Div identifier = line(person ? "crm.applicant.idNumber" : "crm.applicant.creditCode", masked);
        if (file.mayRevealIdentifier()) {
            Button reveal = new Button(getTranslation("crm.reveal.button"), event -> revealDialog().open());
            reveal.setId("file-reveal");
            reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            identifier.add(new Span(" "), reveal, idNumber);
        }
        header.add(identifier);
        if (person) {
            header.add(line("crm.applicant.mobile", new Span(orUnknown(applicant.maskedMobile()))));
            header.add(line("crm.applicant.address", new Span(orUnknown(applicant.address()))));
            header.add(line("crm.applicant.language", new Span(getTranslation(
                    "zh".equals(applicant.preferredLanguage().getLanguage()) ? "crm.language.CHINESE" : "crm.language.ENGLISH"))));
        }
        header.add(line("crm.applicant.district", new Span(applicant.district() == null
                ? getTranslation("crm.applicant.unknown")
                : applicant.district().name(UiFormats.locale()) + " (" + applicant.district().code() + ")")));
        header.add(line("crm.applicant.firstSeen", new Span(dates.date(applicant.firstSeen()))));
        if (!applicant.related().isEmpty()) {
            header.add(new H4(getTranslation(person ? "crm.applicant.actsFor" : "crm.applicant.representatives")));
            UnorderedList related = new UnorderedList();
            related.setId("file-related");
            for (ApplicantSummary.Relation relation : applicant.related()) {
                RouterLink link = new RouterLink(relation.name(), ApplicantFileView.class, parameters(relation.other()));
                related.add(new ListItem(link, new Span(" " + getTranslation("crm.applicant.relation",
                        relation.maskedIdentifier(), role(relation.role()), relation.cases(),
                        dates.date(relation.lastSeen())))));
            }
            header.add(related);
        }
        return header;
    }

    private Div line(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.getStyle().set("font-weight", "600");
        return new Div(label, value);
    }

    private String orUnknown(String text) {
        return text == null || text.isBlank() ? getTranslation("crm.applicant.unknown") : text;
    }

    private String role(org.onewindow.intake.AgentRole role) {
        return role == null ? "" : getTranslation("crm.role." + role.name());
    }

    private Dialog revealDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("crm.reveal.title"));
        TextArea why = new TextArea(getTranslation("crm.reveal.reason"));
        why.setId("reveal-reason");
        why.setMaxLength(ApplicantFileService.MAX_REASON_LENGTH);
        why.setWidthFull();
        Button confirm = new Button(getTranslation("crm.reveal.confirm"), event -> {
            try {
                String number = files.revealIdentifier(ref, why.getValue());
                idNumber.setText(" " + getTranslation("crm.reveal.shown", number));
                idNumber.setVisible(true);
                dialog.close();
                refreshAccessLog();
            } catch (InvalidInputException e) {
                why.setInvalid(true);
                why.setErrorMessage(e.fieldErrors().getOrDefault("reason", String.join(" ", e.fieldErrors().values())));
            }
        });
        confirm.setId("reveal-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("crm.reveal.cancel"), event -> dialog.close());
        cancel.setId("reveal-cancel");
        dialog.add(new Paragraph(getTranslation("crm.reveal.intro")), why);
        dialog.getFooter().add(cancel, confirm);
        return dialog;
    }

    private Component cases(ApplicantFile file) {
        Grid<CaseDetails> grid = new Grid<>(CaseDetails.class, false);
        grid.setId("file-cases");
        grid.addComponentColumn(details -> {
            Anchor link = new Anchor("case/" + details.caseNumber(), details.caseNumber());
            link.addClassName("case-link");
            return link;
        }).setKey("number").setHeader(getTranslation("crm.cases.column.number")).setAutoWidth(true);
        grid.addColumn(CaseDetails::serviceItemName).setKey("item").setHeader(getTranslation("crm.cases.column.item"));
        grid.addColumn(details -> getTranslation("intake.status." + details.status().name())).setKey("status")
                .setHeader(getTranslation("crm.cases.column.status")).setAutoWidth(true);
        grid.addColumn(details -> directory.departmentName(details.leadDepartmentCode())).setKey("department")
                .setHeader(getTranslation("crm.cases.column.department"));
        grid.addColumn(details -> dates.date(details.acceptedAt())).setKey("accepted")
                .setHeader(getTranslation("crm.cases.column.accepted")).setAutoWidth(true);
        grid.addColumn(details -> dates.date(details.closedAt())).setKey("closed")
                .setHeader(getTranslation("crm.cases.column.closed")).setAutoWidth(true);
        grid.addColumn(details -> capacity(file.applicant().ref(), details)).setKey("capacity")
                .setHeader(getTranslation("crm.cases.column.capacity"));
        grid.addColumn(this::contact).setKey("contact").setHeader(getTranslation("crm.cases.column.contact"));
        grid.setItems(file.cases());
        grid.setAllRowsVisible(true);
        return grid;
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

    /** How the file's applicant took part in the case: in person, for an enterprise, or (an enterprise) through whom. */
    private String capacity(ApplicantRef owner, CaseDetails details) {
        if (owner.type() == ApplicantType.ENTERPRISE) {
            return getTranslation("crm.cases.byPerson", details.citizenName(), role(details.agentRole()));
        }
        return details.applicant() != null && details.applicant().type() == ApplicantType.ENTERPRISE
                ? getTranslation("crm.cases.forEnterprise", details.enterpriseName(), role(details.agentRole()))
                : getTranslation("crm.cases.self");
    }

    private Div messages(List<CitizenMessage> messages) {
        Div section = section("file-messages", "crm.messages.title");
        if (messages.isEmpty()) {
            section.add(new Paragraph(getTranslation("crm.messages.none")));
            return section;
        }
        Grid<CitizenMessage> grid = new Grid<>(CitizenMessage.class, false);
        grid.setId("file-messages-grid");
        grid.addColumn(message -> dates.dateTime(message.createdAt())).setKey("created")
                .setHeader(getTranslation("crm.messages.column.created")).setAutoWidth(true);
        grid.addColumn(CitizenMessage::caseNumber).setKey("case").setHeader(getTranslation("crm.messages.column.case"))
                .setAutoWidth(true);
        grid.addColumn(message -> NAMED_PURPOSES.contains(message.purpose())
                ? getTranslation("notification.purpose." + message.purpose()) : message.purpose())
                .setKey("purpose").setHeader(getTranslation("crm.messages.column.purpose")).setAutoWidth(true);
        grid.addColumn(CitizenMessage::maskedRecipient).setKey("to").setHeader(getTranslation("crm.messages.column.to"))
                .setAutoWidth(true);
        grid.addColumn(message -> getTranslation("notification.status." + message.status().name())).setKey("status")
                .setHeader(getTranslation("crm.messages.column.status")).setAutoWidth(true);
        grid.addColumn(CitizenMessage::body).setKey("text").setHeader(getTranslation("crm.messages.column.text"))
                .setFlexGrow(3);
        grid.setItems(messages);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private Div notices(List<MaterialsNotice> notices) {
        Div section = section("file-notices", "crm.notices.title");
        if (notices.isEmpty()) {
            section.add(new Paragraph(getTranslation("crm.notices.none")));
            return section;
        }
        Grid<MaterialsNotice> grid = new Grid<>(MaterialsNotice.class, false);
        grid.setId("file-notices-grid");
        grid.addColumn(notice -> dates.date(notice.issuedAt())).setKey("issued")
                .setHeader(getTranslation("crm.notices.column.issued")).setAutoWidth(true);
        grid.addColumn(MaterialsNotice::caseNumber).setKey("case").setHeader(getTranslation("crm.notices.column.case"))
                .setAutoWidth(true);
        grid.addColumn(notice -> String.join(getTranslation("crm.notices.separator"), notice.missing())).setKey("missing")
                .setHeader(getTranslation("crm.notices.column.missing")).setFlexGrow(3);
        grid.addColumn(notice -> dates.date(notice.bringBy())).setKey("bringBy")
                .setHeader(getTranslation("crm.notices.column.bringBy")).setAutoWidth(true);
        grid.addColumn(notice -> notice.resolvedAt() == null ? getTranslation("crm.notices.open")
                : dates.date(notice.resolvedAt())).setKey("resolved")
                .setHeader(getTranslation("crm.notices.column.resolved")).setAutoWidth(true);
        grid.setItems(notices);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    private Div rectifications(List<RectificationSummary> rectifications) {
        Div section = section("file-rectifications", "crm.rectifications.title");
        if (rectifications.isEmpty()) {
            section.add(new Paragraph(getTranslation("crm.rectifications.none")));
            return section;
        }
        Grid<RectificationSummary> grid = new Grid<>(RectificationSummary.class, false);
        grid.setId("file-rectifications-grid");
        grid.addColumn(RectificationSummary::caseNumber).setKey("case")
                .setHeader(getTranslation("crm.rectifications.column.case")).setAutoWidth(true);
        grid.addColumn(RectificationSummary::serviceItemName).setKey("item")
                .setHeader(getTranslation("crm.rectifications.column.item"));
        grid.addColumn(r -> directory.departmentName(r.departmentCode())).setKey("department")
                .setHeader(getTranslation("crm.rectifications.column.department"));
        grid.addColumn(r -> getTranslation("satisfaction.stage." + r.stage().name())).setKey("stage")
                .setHeader(getTranslation("crm.rectifications.column.stage")).setAutoWidth(true);
        grid.addColumn(r -> dates.date(r.openedAt())).setKey("opened")
                .setHeader(getTranslation("crm.rectifications.column.opened")).setAutoWidth(true);
        grid.addColumn(r -> r.dueAt() == null ? "" : r.overdue()
                ? getTranslation("crm.rectifications.overdue", dates.date(r.dueAt())) : dates.date(r.dueAt()))
                .setKey("due").setHeader(getTranslation("crm.rectifications.column.due")).setAutoWidth(true);
        grid.setItems(rectifications);
        grid.setAllRowsVisible(true);
        section.add(grid);
        return section;
    }

    /** Only the answers the service let through: for most readers this section is not there at all. */
    private Div reviews(ApplicantFile file) {
        Div section = section("file-reviews", "crm.reviews.title");
        for (CaseDetails details : file.cases()) {
            List<CitizenReview> answers = file.reviews().get(details.caseNumber());
            if (answers == null || answers.isEmpty()) {
                continue;
            }
            section.add(new H4(getTranslation("crm.reviews.case", details.caseNumber(), details.serviceItemName())));
            for (CitizenReview review : answers) {
                Div card = new Div();
                card.addClassName("opinion");
                card.addClassName(review.overall().isBad() ? "review-bad" : "review-good");
                card.add(new Span(getTranslation(review.supplementary() ? "satisfaction.review.supplementary"
                        : "satisfaction.review.first", getTranslation("satisfaction.rating." + review.overall().name()))));
                if (!review.supplementary()) {
                    card.add(new Paragraph(getTranslation("satisfaction.review.scores", review.timeliness(),
                            review.attitude(), review.transparency(), review.convenience(), review.outcome(),
                            review.visits())));
                }
                if (review.comment() != null) {
                    card.add(new Paragraph("“" + review.comment() + "”"));
                }
                Div meta = new Div(new Span(getTranslation("satisfaction.channel." + review.channel().name()) + " · "
                        + dates.dateTime(review.answeredAt())));
                meta.addClassName("opinion-meta");
                card.add(meta);
                section.add(card);
            }
        }
        return section;
    }

    private Div accessLog() {
        Div section = section("file-access-log", "crm.log.title");
        fillAccessLog(section);
        return section;
    }

    private void refreshAccessLog() {
        getChildren().filter(child -> child.getId().filter("file-access-log"::equals).isPresent()).findFirst()
                .ifPresent(section -> {
                    Div log = (Div) section;
                    log.removeAll();
                    log.add(new H3(getTranslation("crm.log.title")));
                    fillAccessLog(log);
                });
    }

    private void fillAccessLog(Div section) {
        List<FileAccessRecord> records = files.accessLog(ref);
        if (records.isEmpty()) {
            section.add(new Paragraph(getTranslation("crm.log.none")));
            return;
        }
        Grid<FileAccessRecord> grid = new Grid<>(FileAccessRecord.class, false);
        grid.setId("file-access-log-grid");
        grid.addColumn(record -> dates.dateTime(record.at())).setKey("at").setHeader(getTranslation("crm.log.column.at"))
                .setAutoWidth(true);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        grid.addColumn(record -> names.computeIfAbsent(record.viewer(), username -> directory.staff(username)
                .map(staff -> staff.displayName() + " (" + username + ")").orElse(username)))
                .setKey("viewer").setHeader(getTranslation("crm.log.column.viewer")).setAutoWidth(true);
        grid.addColumn(record -> getTranslation("crm.action." + record.action().name())).setKey("action")
                .setHeader(getTranslation("crm.log.column.action")).setAutoWidth(true);
        grid.addColumn(record -> Optional.ofNullable(record.reason()).orElse(getTranslation(
                record.action() == FileAction.FIND || record.action() == FileAction.REVEAL_MOBILE ? "crm.log.atWindow"
                        : "crm.log.noReason")))
                .setKey("reason").setHeader(getTranslation("crm.log.column.reason")).setFlexGrow(3);
        grid.setItems(records);
        grid.setAllRowsVisible(true);
        section.add(grid);
    }

    private Div section(String id, String titleKey) {
        Div section = new Div(new H3(getTranslation(titleKey)));
        section.addClassName("case-section");
        section.setId(id);
        return section;
    }
}
