package org.onewindow.crm.ui;

import org.onewindow.crm.AccessReason;
import org.onewindow.crm.ApplicantFile;
import org.onewindow.crm.ApplicantFileService;
import org.onewindow.crm.FileAccess;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

/**
 * One applicant's file: who they are (masked), their cases, the messages and notices they got, open
 * rectifications, and their survey answers for those who may read them. Whether the reader may open it, must
 * give a reason first, may reveal the ID number or read the access log is the service's decision; the page only
 * asks, and composes the sections the opened file has.
 */
@Route(value = "applicant/:" + ApplicantFileView.REF, layout = MainLayout.class)
@RolesAllowed({ AppRoles.FRONT_DESK, AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD, AppRoles.MANAGER })
public class ApplicantFileView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String REF = "ref";

    private final transient ApplicantFileService files;
    private final transient DirectoryService directory;
    private final HallDates dates;
    private ApplicantRef ref;
    /** The form asking why, while the page shows it. */
    private OpeningReasonForm reasonForm;
    private ApplicantSection applicant;
    /** Only for readers of the access log. */
    private AccessLogSection accessLog;

    public ApplicantFileView(ApplicantFileService files, DirectoryService directory, HallDates dates) {
        this.files = files;
        this.directory = directory;
        this.dates = dates;
        setMaxWidth("80em");
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

    void show(ApplicantRef applicantRef) {
        this.ref = applicantRef;
        clear();
        if (applicantRef == null) {
            notFound();
            return;
        }
        FileAccess access;
        try {
            access = files.access(applicantRef);
        } catch (NotFoundException e) {
            notFound();
            return;
        }
        switch (access) {
            case DENIED -> denied();
            case REASON_REQUIRED -> askForReason();
            case GRANTED -> open(AccessReason.NONE);
        }
    }

    private void clear() {
        removeAll();
        reasonForm = null;
        applicant = null;
        accessLog = null;
    }

    private void notFound() {
        add(new H1(getTranslation("crm.file.notFound")));
    }

    private void denied() {
        clear();
        Paragraph text = new Paragraph(getTranslation("crm.file.denied"));
        text.setId("file-denied");
        add(new H1(getTranslation("crm.menu.applicants")), text);
    }

    private void askForReason() {
        reasonForm = new OpeningReasonForm(this::open);
        add(new H1(getTranslation("crm.menu.applicants")), reasonForm);
    }

    private void open(AccessReason why) {
        ApplicantFile file;
        try {
            file = files.open(ref, why);
        } catch (InvalidInputException refused) {
            if (reasonForm == null) {
                // The reader's open case closed since the page asked: now they give a reason like anyone else.
                askForReason();
            }
            reasonForm.refuse(refused);
            return;
        } catch (AccessDeniedException e) {
            denied();
            return;
        }
        clear();
        render(file);
    }

    private void render(ApplicantFile file) {
        applicant = new ApplicantSection(file, dates, this::askToReveal);
        add(applicant);
        Paragraph recorded = new Paragraph(getTranslation("crm.file.recorded", dates.dateTime(file.openedAt())));
        recorded.setId("file-audit-note");
        recorded.addClassName("opinion-meta");
        add(recorded);
        add(new CasesSection(file, directory, dates), new RecordChangesSection(file.changes(), dates),
                new MessagesSection(file.messages(), dates), new MaterialsNoticesSection(file.notices(), dates),
                new RectificationsSection(file.rectifications(), directory, dates));
        if (!file.reviews().isEmpty()) {
            add(new ReviewsSection(file, dates));
        }
        if (file.mayReadAccessLog()) {
            accessLog = new AccessLogSection(files, ref, directory, dates);
            add(accessLog);
        }
    }

    private void askToReveal() {
        new RevealIdentifierDialog(files, ref, this::revealed).open();
    }

    /** The number beside the masked one, and the reveal's row in the log for those who read it. */
    private void revealed(String number) {
        applicant.showIdentifier(number);
        if (accessLog != null) {
            accessLog.refresh();
        }
    }
}
