package org.onewindow.reporting.ui;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Supplier;

import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.export.ReportTable;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;

/** Small building blocks of the report pages: sections, figures, server-drawn SVG, export links. */
final class ReportParts {

    private ReportParts() {
    }

    static Div section(String title, String id) {
        Div section = new Div(new H3(title));
        section.addClassName("case-section");
        section.addClassName("report-section");
        section.setId(id);
        return section;
    }

    /** A headline figure: a big number with what it is. */
    static Div figure(String label, String value, String id) {
        Span number = new Span(value);
        number.addClassName("report-figure-value");
        number.setId(id);
        Span caption = new Span(label);
        caption.addClassName("report-figure-label");
        Div figure = new Div(number, caption);
        figure.addClassName("report-figure");
        return figure;
    }

    /**
     * An SVG drawn on the server, inside a div so that the browser's HTML parser puts it in the SVG namespace.
     */
    static Component svg(String svg, String id) {
        Html picture = new Html("<div class=\"report-chart\">" + svg + "</div>");
        picture.setId(id);
        return picture;
    }

    /**
     * CSV and XLSX downloads of a table. The title and headers are written now, in the page's language; the rows
     * are read when a link is clicked (the figures of the filter shown now), in a download request without the
     * screen at hand, so whatever texts they hold come from the page's captured {@link ReportTexts}. The file names
     * stay the same in every language.
     */
    static ExportLinks exports(ReportTexts texts, TableExport export, String id, String fileName, String title,
            List<String> headers, Supplier<List<List<Object>>> rows) {
        return new ExportLinks(texts, export, id, fileName, title,
                () -> new ReportTable(title, headers, rows.get()));
    }

    /** The "Export: CSV Excel" links of one table. */
    static final class ExportLinks extends HorizontalLayout {

        private final transient Supplier<ReportTable> table;

        @SuppressWarnings("deprecation") // StreamResource: the download-handler API that replaces it is new in 24.8
        private ExportLinks(ReportTexts texts, TableExport export, String id, String fileName, String title,
                Supplier<ReportTable> table) {
            this.table = table;
            Anchor csv = new Anchor(new StreamResource(fileName + ".csv",
                    () -> new ByteArrayInputStream(export.csv(table.get()))), "CSV");
            csv.getElement().setAttribute("download", true);
            csv.setId(id + "-csv");
            Anchor xlsx = new Anchor(new StreamResource(fileName + ".xlsx",
                    () -> new ByteArrayInputStream(export.xlsx(table.get()))), "Excel");
            xlsx.getElement().setAttribute("download", true);
            xlsx.setId(id + "-xlsx");
            // Every table has the same two links: a screen reader's list of links must say which table each is for.
            name(csv, texts.t("reporting.export.csvFor", title));
            name(xlsx, texts.t("reporting.export.excelFor", title));
            add(new Span(texts.t("reporting.export.label")), csv, xlsx);
            addClassName("report-exports");
        }

        /** The accessible name, beginning with the visible word (CSV, Excel) as WCAG's "label in name" asks. */
        private static void name(Anchor link, String name) {
            link.getElement().setAttribute("aria-label", name);
            link.getElement().setAttribute("title", name);
        }

        /** The table as a download builds it: on whichever thread asks. */
        ReportTable table() {
            return table.get();
        }
    }

    /** Items as a run of phrases in the reader's language ("a, b" or "a，b"). */
    static String phrases(ReportTexts texts, List<String> items) {
        return items.stream().reduce((a, b) -> texts.t("reporting.chart.join.comma", a, b)).orElse("");
    }

    /**
     * A report table whose cells wrap: item names and citizens' comments run longer than any column at 1400 px, and
     * a cut "Social security c…" cannot be read or compared with the export.
     */
    static <T> Grid<T> wrapping(Grid<T> grid) {
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

    /** A row of an export; {@code null} is an empty cell (where the screen shows a dash). */
    static List<Object> row(Object... cells) {
        return java.util.Arrays.asList(cells);
    }
}
