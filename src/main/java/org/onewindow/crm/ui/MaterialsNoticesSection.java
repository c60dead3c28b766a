package org.onewindow.crm.ui;

import java.util.List;

import org.onewindow.intake.MaterialsNotice;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/** The one-time notices of missing materials the applicant got, and whether the materials came since. */
class MaterialsNoticesSection extends Div {

    MaterialsNoticesSection(List<MaterialsNotice> notices, HallDates dates) {
        setId("file-notices");
        addClassName("case-section");
        add(new H3(getTranslation("crm.notices.title")));
        if (notices.isEmpty()) {
            add(new Paragraph(getTranslation("crm.notices.none")));
            return;
        }
        Grid<MaterialsNotice> grid = new Grid<>(MaterialsNotice.class, false);
        grid.setId("file-notices-grid");
        grid.addColumn(notice -> dates.date(notice.issuedAt())).setKey("issued")
                .setHeader(getTranslation("crm.notices.column.issued")).setAutoWidth(true);
        grid.addColumn(MaterialsNotice::caseNumber).setKey("case").setHeader(getTranslation("crm.notices.column.case"))
                .setAutoWidth(true);
        grid.addColumn(notice -> String.join(getTranslation("crm.notices.separator"), notice.missing()))
                .setKey("missing")
                .setHeader(getTranslation("crm.notices.column.missing")).setFlexGrow(3);
        grid.addColumn(notice -> dates.date(notice.bringBy())).setKey("bringBy")
                .setHeader(getTranslation("crm.notices.column.bringBy")).setAutoWidth(true);
        grid.addColumn(notice -> notice.resolvedAt() == null ? getTranslation("crm.notices.open")
                : dates.date(notice.resolvedAt())).setKey("resolved")
                .setHeader(getTranslation("crm.notices.column.resolved")).setAutoWidth(true);
        grid.setItems(notices);
        grid.setAllRowsVisible(true);
        add(grid);
    }
}
