package org.onewindow.crm.ui;

import java.util.List;

import org.onewindow.intake.ApplicantChange;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The history of the applicant's record in the file: every name, mobile or address the window changed, who changed
 * it and when, old and new. Online requests change no record, so they are never here.
 */
class RecordChangesSection extends Div {

    RecordChangesSection(List<ApplicantChange> changes, HallDates dates) {
        setId("file-record-changes");
        addClassName("case-section");
        add(new H3(getTranslation("crm.changes.title")));
        if (changes.isEmpty()) {
            add(new Paragraph(getTranslation("crm.changes.none")));
            return;
        }
        Grid<ApplicantChange> grid = new Grid<>(ApplicantChange.class, false);
        grid.setId("file-record-changes-grid");
        grid.addColumn(change -> dates.dateTime(change.changedAt())).setKey("at")
                .setHeader(getTranslation("crm.changes.column.at")).setAutoWidth(true);
        grid.addColumn(ApplicantChange::changedBy).setKey("by").setHeader(getTranslation("crm.changes.column.by"))
                .setAutoWidth(true);
        grid.addColumn(change -> getTranslation("crm.changes.field." + change.field().name())).setKey("field")
                .setHeader(getTranslation("crm.changes.column.field")).setAutoWidth(true);
        grid.addColumn(change -> orNone(change.oldValue())).setKey("old")
                .setHeader(getTranslation("crm.changes.column.old"));
        grid.addColumn(change -> orNone(change.newValue())).setKey("new")
                .setHeader(getTranslation("crm.changes.column.new"));
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    private String orNone(String value) {
        return value == null ? getTranslation("crm.changes.empty") : value;
    }
}
