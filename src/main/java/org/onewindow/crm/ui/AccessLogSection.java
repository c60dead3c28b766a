package org.onewindow.crm.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.onewindow.crm.ApplicantFileService;
import org.onewindow.crm.FileAccessRecord;
import org.onewindow.crm.FileAction;
import org.onewindow.directory.DirectoryService;
import org.onewindow.intake.ApplicantRef;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * For managers: who opened the file, found the applicant or revealed a number, when and why, newest first. Read
 * again after a reveal on this page, so the reader sees their own row.
 */
class AccessLogSection extends Div {

    private final transient ApplicantFileService files;
    private final ApplicantRef applicant;
    private final transient DirectoryService directory;
    private final HallDates dates;

    AccessLogSection(ApplicantFileService files, ApplicantRef applicant, DirectoryService directory, HallDates dates) {
        this.files = files;
        this.applicant = applicant;
        this.directory = directory;
        this.dates = dates;
        setId("file-access-log");
        addClassName("case-section");
        refresh();
    }

    /** Reads the log again. */
    void refresh() {
        removeAll();
        add(new H3(getTranslation("crm.log.title")));
        List<FileAccessRecord> records = files.accessLog(applicant);
        if (records.isEmpty()) {
            add(new Paragraph(getTranslation("crm.log.none")));
            return;
        }
        Grid<FileAccessRecord> grid = new Grid<>(FileAccessRecord.class, false);
        grid.setId("file-access-log-grid");
        grid.addColumn(record -> dates.dateTime(record.at())).setKey("at")
                .setHeader(getTranslation("crm.log.column.at"))
                .setAutoWidth(true);
        Map<String, String> names = new HashMap<>();
        grid.addColumn(record -> names.computeIfAbsent(record.viewer(), username -> directory.staff(username)
                .map(staff -> staff.displayName(getLocale()) + " (" + username + ")").orElse(username)))
                .setKey("viewer").setHeader(getTranslation("crm.log.column.viewer")).setAutoWidth(true);
        grid.addColumn(record -> getTranslation("crm.action." + record.action().name())).setKey("action")
                .setHeader(getTranslation("crm.log.column.action")).setAutoWidth(true);
        grid.addColumn(record -> Optional.ofNullable(record.reason()).orElse(getTranslation(
                record.action() == FileAction.FIND || record.action() == FileAction.REVEAL_MOBILE ? "crm.log.atWindow"
                        : "crm.log.noReason")))
                .setKey("reason").setHeader(getTranslation("crm.log.column.reason")).setFlexGrow(3);
        grid.setItems(records);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
