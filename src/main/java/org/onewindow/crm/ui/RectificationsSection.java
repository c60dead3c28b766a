package org.onewindow.crm.ui;

import java.util.List;

import org.onewindow.directory.DirectoryService;
import org.onewindow.satisfaction.RectificationSummary;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** The open rectifications of the applicant's bad reviews: which department, at what stage, due when. */
class RectificationsSection extends Div {

    RectificationsSection(List<RectificationSummary> rectifications, DirectoryService directory, HallDates dates) {
        setId("file-rectifications");
        addClassName("case-section");
        add(new H3(getTranslation("crm.rectifications.title")));
        if (rectifications.isEmpty()) {
            add(new Paragraph(getTranslation("crm.rectifications.none")));
            return;
        }
        Grid<RectificationSummary> grid = new Grid<>(RectificationSummary.class, false);
        grid.setId("file-rectifications-grid");
        grid.addColumn(RectificationSummary::caseNumber).setKey("case")
                .setHeader(getTranslation("crm.rectifications.column.case")).setAutoWidth(true);
        grid.addColumn(r -> r.serviceItemName(getLocale())).setKey("item")
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
        add(grid);
    }
}
