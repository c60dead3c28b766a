package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.section;

import java.util.List;

import org.onewindow.reporting.NoticeReprints;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/** The satisfaction report's section on reprinted result notices (its reliability part beside the kiosk check). */
final class NoticeReprintsSection {

    private NoticeReprintsSection() {
    }

    /**
     * Reliability beside the kiosk check: who reprinted result notices, and how often an answer followed a reprint
     * within minutes, while the citizen may still have been at the window.
     */
    static Div of(ReportTexts texts, TableExport export, NoticeReprints reprints) {
        Div section = section(texts.t("reporting.satisfaction.reprints"), "report-notice-reprints");
        Paragraph intro = new Paragraph(texts.t("reporting.satisfaction.reprints.intro",
                texts.integer(reprints.minutes())));
        intro.setId("notice-reprints-intro");
        section.add(intro);
        if (reprints.rows().isEmpty()) {
            Paragraph none = new Paragraph(texts.t("reporting.satisfaction.reprints.none"));
            none.setId("notice-reprints-none");
            section.add(none);
        } else {
            Grid<NoticeReprints.Row> grid = ReportParts.wrapping(new Grid<>(NoticeReprints.Row.class, false));
            grid.setId("notice-reprints-grid");
            grid.addColumn(NoticeReprints.Row::name).setHeader(texts.t("reporting.satisfaction.column.staff"))
                    .setFlexGrow(2);
            grid.addColumn(r -> texts.integer(r.reprints()))
                    .setHeader(texts.t("reporting.satisfaction.column.reprints"));
            grid.addColumn(r -> texts.integer(r.answersSoonAfter())).setHeader(texts.t(
                    "reporting.satisfaction.column.answersSoonAfter", texts.integer(reprints.minutes())));
            grid.setItems(reprints.rows());
            grid.setAllRowsVisible(true);
            section.add(grid);
        }
        section.add(exports(texts, export, "export-notice-reprints", "notice-reprints",
                texts.t("reporting.satisfaction.reprints"), List.of(texts.t("reporting.export.code"),
                        texts.t("reporting.satisfaction.column.staff"),
                        texts.t("reporting.satisfaction.column.reprints"),
                        texts.t("reporting.satisfaction.column.answersSoonAfter", texts.integer(reprints.minutes()))),
                () -> reprints.rows().stream().map(r -> List.<Object>of(r.username(), r.name(), r.reprints(),
                        r.answersSoonAfter())).toList()));
        return section;
    }
}
