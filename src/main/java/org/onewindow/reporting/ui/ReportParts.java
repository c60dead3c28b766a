package org.onewindow.reporting.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.function.Supplier;

import org.onewindow.reporting.internal.export.ReportTable;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
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

    /** CSV and XLSX downloads of a table, built when clicked (the figures of the filter shown now). */
    @SuppressWarnings("deprecation") // StreamResource: the download-handler API that replaces it is new in 24.8
    static HorizontalLayout exports(TableExport export, String id, String fileName, Supplier<ReportTable> table) {
        Anchor csv = new Anchor(new StreamResource(fileName + ".csv",
                () -> new ByteArrayInputStream(export.csv(table.get()))), "CSV");
        csv.getElement().setAttribute("download", true);
        csv.setId(id + "-csv");
        Anchor xlsx = new Anchor(new StreamResource(fileName + ".xlsx",
                () -> new ByteArrayInputStream(export.xlsx(table.get()))), "Excel");
        xlsx.getElement().setAttribute("download", true);
        xlsx.setId(id + "-xlsx");
        HorizontalLayout links = new HorizontalLayout(new Span("Export:"), csv, xlsx);
        links.addClassName("report-exports");
        return links;
    }

    static String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.1f %%", share * 100);
    }

    static String decimal(Double value, int decimals) {
        return value == null ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static String days(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f wd", value);
    }
}
