package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.row;
import static org.onewindow.reporting.ui.ReportParts.section;

import java.util.List;

import org.onewindow.reporting.RepeatVisits;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The demand report's section on repeat visits: applicants who came back for the same item, by item. */
final class RepeatVisitsSection {

    private RepeatVisitsSection() {
    }

    static Div of(ReportTexts texts, TableExport export, List<RepeatVisits> rows) {
        String title = texts.t("reporting.demand.repeats");
        Div section = section(title, "report-repeat-visits");
        section.add(new Paragraph(texts.t("reporting.demand.repeats.intro")));
        Grid<RepeatVisits> grid = ReportParts.wrapping(new Grid<>(RepeatVisits.class, false));
        grid.setId("repeat-visits-grid");
        grid.addColumn(RepeatVisits::name).setHeader(texts.t("reporting.demand.dimension.SERVICE_ITEM")).setFlexGrow(2);
        grid.addColumn(r -> texts
                .t(r.atMostOneVisit() ? "reporting.demand.repeats.promised" : "reporting.demand.repeats.notPromised"))
                .setHeader(texts.t("reporting.demand.column.atMostOneVisit"));
        grid.addColumn(r -> texts.integer(r.cases())).setHeader(texts.t("reporting.demand.column.cases"));
        grid.addColumn(r -> texts.integer(r.repeatCases())).setHeader(texts.t("reporting.demand.column.repeatCases"));
        grid.addColumn(r -> texts.percent(r.repeatRate())).setHeader(texts.t("reporting.demand.column.repeatRate"));
        // A broken promise stands out: an item promised in one visit whose applicants came back.
        grid.setPartNameGenerator(r -> r.atMostOneVisit() && r.repeatCases() > 0 ? "report-broken-promise" : null);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        section.add(grid, exports(texts, export, "export-repeat-visits", "repeat-visits", title,
                List.of(texts.t("reporting.export.code"), texts.t("reporting.export.name"),
                        texts.t("reporting.demand.column.atMostOneVisit"), texts.t("reporting.demand.column.cases"),
                        texts.t("reporting.demand.column.repeatCases"), texts.t("reporting.demand.column.repeatRate")),
                () -> rows.stream().map(r -> row(r.code(), r.name(),
                        texts.t(r.atMostOneVisit() ? "reporting.export.yes" : "reporting.export.no"), r.cases(),
                        r.repeatCases(), texts.percentCell(r.repeatRate()))).toList()));
        return section;
    }
}
