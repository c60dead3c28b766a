package org.onewindow.casework.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.onewindow.shared.ui.Notices;
import org.onewindow.casework.CaseFile;
import org.onewindow.casework.CaseFileService;
import org.onewindow.intake.Attachment;
import org.onewindow.intake.CaseMaterial;
import org.onewindow.intake.ScannedFileTypes;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.UiFormats;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;

/**
 * Scanned materials of the case file: listed for everyone who may see the case, each with the checklist material it
 * is of, and uploaded by those the case file says may (the front desk and departments), who first choose the
 * material the scan shows, or "other". The links lead to the scan endpoint, which serves each file with headers from
 * its recognised type; the name it was uploaded under is only shown (as text, escaped by Vaadin).
 */
class CaseScansSection extends Div {

    /** The choice of a scan of something not on the checklist. */
    private static final String OTHER = "";

    private final transient CaseFileService caseFiles;
    private final HallDates dates;

    CaseScansSection(CaseFile file, CaseFileService caseFiles, HallDates dates) {
        this.caseFiles = caseFiles;
        this.dates = dates;
        add(new H3(getTranslation("casework.case.scans")));
        addClassName("case-section");
        setId("case-attachments");
        UnorderedList list = new UnorderedList();
        for (Attachment attachment : file.attachments()) {
            Anchor link = new Anchor(CaseView.scanPath(attachment.id()), attachment.label());
            link.setId("case-scan-" + attachment.id());
            link.setTarget("_blank");
            link.setRouterIgnore(true);
            list.add(new ListItem(link, new Span(" · " + materialOf(file, attachment) + attachment.contentType()
                    + " · " + UiFormats.integer((attachment.sizeBytes() + 1023) / 1024) + " KB" + " · "
                    + attachment.uploadedBy() + " · " + dates.dateTime(attachment.uploadedAt()))));
        }
        if (file.attachments().isEmpty()) {
            add(new Paragraph(getTranslation("casework.case.noScans")));
        }
        add(list);
        if (file.mayAttach()) {
            upload(file);
        }
    }

    private String materialOf(CaseFile file, Attachment attachment) {
        return material(file, attachment.materialName())
                .map(material -> getTranslation("casework.case.scanOf", material.name(getLocale())) + " · ")
                .orElse("");
    }

    private static Optional<CaseMaterial> material(CaseFile file, String name) {
        return file.caseDetails().materials().stream().filter(material -> material.name().equals(name)).findFirst();
    }

    @SuppressWarnings("deprecation") // MemoryBuffer: the handler API that replaces it is new in 24.8
    private void upload(CaseFile file) {
        List<String> choices = new ArrayList<>();
        file.caseDetails().materials().forEach(material -> choices.add(material.name()));
        choices.add(OTHER);
        Select<String> material = new Select<>();
        material.setId("case-upload-material");
        material.setLabel(getTranslation("casework.case.scanMaterial"));
        material.setItems(choices);
        material.setItemLabelGenerator(name -> OTHER.equals(name) ? getTranslation("casework.case.scanOther")
                : material(file, name).map(found -> found.name(getLocale())).orElse(name));
        // The first material still missing a scan is the likeliest one being scanned now.
        material.setValue(file.caseDetails().materials().stream()
                .filter(m -> file.attachments().stream().noneMatch(a -> a.isOf(m))).map(CaseMaterial::name)
                .findFirst().orElse(OTHER));
        material.setWidth("20em");
        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("case-upload");
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.setMaxFileSize(ScannedFileTypes.MAX_BYTES);
        upload.setI18n(uploadTexts());
        upload.addSucceededListener(event -> {
            try {
                caseFiles.attach(file.caseDetails().caseNumber(), material.getValue(), event.getFileName(),
                        event.getMIMEType(), buffer.getInputStream().readAllBytes());
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
        add(material, upload);
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
}
