package org.onewindow.casework.ui;

import org.onewindow.casework.CaseFile;
import org.onewindow.casework.CaseFileService;
import org.onewindow.casework.InboxTask;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.Attachment;
import org.onewindow.intake.ScannedFileTypes;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;
import org.onewindow.shared.ui.UiFormats;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** The case file: the record, every opinion, and who holds the open steps. */
@Route(value = "case", layout = MainLayout.class)
@PermitAll
public class CaseView extends VerticalLayout implements HasUrlParameter<String>, BeforeEnterObserver, HasDynamicTitle {

    private final transient CaseFileService caseFiles;
    private final transient DirectoryService directory;
    private final HallDates dates;
    private final transient org.springframework.beans.factory.ObjectProvider<org.onewindow.shared.ui.CaseSection> sections;
    private String caseNumber;

    public CaseView(CaseFileService caseFiles, DirectoryService directory, HallDates dates,
            org.springframework.beans.factory.ObjectProvider<org.onewindow.shared.ui.CaseSection> sections) {
        this.caseFiles = caseFiles;
        this.directory = directory;
        this.dates = dates;
        this.sections = sections;
        setMaxWidth("70em");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.case.pageTitle") + " | " + getTranslation("shared.app.title");
    }

    /**
     * Scanned materials: listed for everyone who may see the case, uploaded by those the case file says may
     * (the front desk and departments).
     * The links lead to the scan endpoint, which serves each file with headers from its recognised type; the
     * name it was uploaded under is only shown (as text, escaped by Vaadin).
     */
    @SuppressWarnings("deprecation") // MemoryBuffer: the handler API that replaces it is new in 24.8
    private Div attachments(CaseFile file) {
        Div section = new Div(new H3(getTranslation("casework.case.scans")));
        section.addClassName("case-section");
        section.setId("case-attachments");
        UnorderedList list = new UnorderedList();
        for (Attachment attachment : file.attachments()) {
            Anchor link = new Anchor(scanPath(attachment.id()), attachment.label());
            link.setId("case-scan-" + attachment.id());
            link.setTarget("_blank");
            link.setRouterIgnore(true);
            list.add(new ListItem(link, new Span(" · " + attachment.contentType() + " · "
                    + UiFormats.integer((attachment.sizeBytes() + 1023) / 1024) + " KB"
                    + " · " + attachment.uploadedBy() + " · " + dates.dateTime(attachment.uploadedAt()))));
        }
        if (file.attachments().isEmpty()) {
            section.add(new Paragraph(getTranslation("casework.case.noScans")));
        }
        section.add(list);
        if (!file.mayAttach()) {
            return section;
        }
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("case-upload");
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(ScannedFileTypes.MAX_BYTES);
        upload.setI18n(uploadTexts());
        upload.addSucceededListener(event -> {
            try {
                caseFiles.attach(file.caseDetails().caseNumber(), event.getFileName(), event.getMIMEType(),
                        buffer.getInputStream().readAllBytes());
                Notices.done(getTranslation("casework.case.attached", event.getFileName()));
                getUI().ifPresent(ui -> ui.getPage().reload());
            } catch (InvalidInputException e) {
                Notices.error(String.join(" ", e.fieldErrors().values()));
            } catch (java.io.IOException | NotFoundException
                    | org.springframework.security.access.AccessDeniedException e) {
                Notices.error(e.getMessage());
            }
        });
        upload.addFileRejectedListener(event -> Notices.error(event.getErrorMessage()));
        section.add(upload);
        return section;
    }

    /** Where a scan is served (relative to the application's root, like the page's other links). */
    static String scanPath(long attachmentId) {
        return "api/attachments/" + attachmentId;
    }

    /** The upload's own texts in the screen's language; the component fills in the rest. */
    private com.vaadin.flow.component.upload.UploadI18N uploadTexts() {
        var texts = new com.vaadin.flow.component.upload.UploadI18N();
        texts.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(getTranslation("casework.upload.addOne")).setMany(getTranslation("casework.upload.addMany")));
        texts.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(getTranslation("casework.upload.dropOne")).setMany(getTranslation("casework.upload.dropMany")));
        texts.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setTooManyFiles(getTranslation("casework.upload.tooMany"))
                .setFileIsTooBig(getTranslation("casework.upload.tooBig"))
                .setIncorrectFileType(getTranslation("casework.upload.wrongType")));
        return texts;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        this.caseNumber = parameter;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        CaseFile file;
        try {
            file = caseFiles.caseFile(caseNumber);
        } catch (NotFoundException e) {
            add(new H1(getTranslation("casework.case.notAvailable")), new Paragraph(e.getMessage()));
            return;
        }
        CaseSummary summary = new CaseSummary(file.caseDetails(), file.opinions(), file.materialsNotices(),
                file.events(), directory, dates);
        summary.showRoutedBy(file.routedBy());
        add(summary);
        if (file.mayPrintResultNotice()) {
            add(ResultNoticeLink.anchor(caseNumber, "case-result-notice"));
        }
        sections.orderedStream().map(section -> section.section(caseNumber)).flatMap(java.util.Optional::stream)
                .forEach(this::add);
        caseFiles.processDiagram(caseNumber).ifPresent(svg -> {
            Div diagram = new Div(new H3(getTranslation("casework.case.diagram")));
            diagram.addClassName("case-section");
            diagram.setId("case-diagram");
            // Inside a div, so that the browser's HTML parser puts the drawing in the SVG namespace (an Html
            // component whose root is <svg> would be created as an unknown HTML element and show only text).
            com.vaadin.flow.component.Html picture = new com.vaadin.flow.component.Html("<div>" + svg + "</div>");
            diagram.add(picture);
            diagram.getStyle().set("overflow-x", "auto");
            add(diagram);
        });
        add(attachments(file));
        add(new H3(getTranslation("casework.case.steps")));
        Grid<org.onewindow.casework.StepRecord> history = new Grid<>(org.onewindow.casework.StepRecord.class, false);
        history.setId("case-steps");
        history.addColumn(step -> StepNames.of(step.taskKey(), step.stepName()))
                .setHeader(getTranslation("casework.inbox.column.step")).setAutoWidth(true);
        history.addColumn(step -> step.assignee() == null ? "" : step.assignee())
                .setHeader(getTranslation("casework.case.by"))
                .setAutoWidth(true);
        history.addColumn(step -> dates.dateTime(step.started())).setHeader(getTranslation("casework.case.started"))
                .setAutoWidth(true);
        history.addColumn(
                step -> step.ended() == null ? getTranslation("casework.case.stillOpen") : dates.dateTime(step.ended()))
                .setHeader(getTranslation("casework.case.ended")).setAutoWidth(true);
        history.addColumn(step -> HallDates.duration(step.duration(dates.now())))
                .setHeader(getTranslation("casework.case.took"))
                .setAutoWidth(true);
        history.setItems(file.steps());
        history.setAllRowsVisible(true);
        add(history);
        add(new H3(getTranslation("casework.case.openSteps")));
        if (file.openSteps().isEmpty()) {
            add(new Paragraph(getTranslation("casework.case.noOpenSteps")));
        } else {
            Grid<InboxTask> steps = new Grid<>(InboxTask.class, false);
            steps.setId("case-open-steps");
            steps.addColumn(task -> StepNames.of(task.taskKey(), task.taskName()))
                    .setHeader(getTranslation("casework.inbox.column.step"));
            steps.addColumn(task -> QueueNames.of(directory, task.candidateGroup()))
                    .setHeader(getTranslation("casework.inbox.column.queue"));
            steps.addColumn(
                    task -> task.assignee() == null ? getTranslation("casework.inbox.unclaimed") : task.assignee())
                    .setHeader(getTranslation("casework.inbox.column.assignee"));
            steps.addColumn(task -> dates.date(task.dueAt())).setHeader(getTranslation("casework.inbox.column.due"));
            steps.setItems(file.openSteps());
            steps.setAllRowsVisible(true);
            add(steps);
        }
    }
}
