package org.onewindow.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import java.util.ArrayList;
import java.util.List;
import org.onewindow.reporting.internal.export.ReportTable;
import org.onewindow.reporting.ui.ReportParts.ExportLinks;
import org.onewindow.shared.i18n.Translations;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;

/** Checks shared by the report pages' view tests. */
final class ReportViewChecks {

    private ReportViewChecks() {
    }

    static List<String> headers(Grid<?> grid) {
        return grid.getColumns().stream().map(Grid.Column::getHeaderText).toList();
    }

    /** No text of the page, its charts, grids, choices and exports is a missing translation ("!reporting.x"). */
    static void assertNoRawKey(Component view) {
        List<String> texts = new ArrayList<>();
        collect(view.getElement(), texts);
        for (Grid<?> grid : _find(view, Grid.class).stream().map(g -> (Grid<?>) g).toList()) {
            texts.addAll(headers(grid));
            for (int row = 0; row < GridKt._size(grid); row++) {
                texts.addAll(GridKt._getFormattedRow(grid, row));
            }
        }
        for (Select<?> select : _find(view, Select.class).stream().map(s -> (Select<?>) s).toList()) {
            labels(select, texts);
        }
        for (ExportLinks links : _find(view, ExportLinks.class)) {
            ReportTable table = links.table();
            texts.add(table.title());
            texts.addAll(table.headers());
            table.rows().forEach(row -> row.forEach(cell -> texts.add(String.valueOf(cell))));
        }
        assertThat(texts).hasSizeGreaterThan(50);
        // Where a raw key shows: the text itself, or the part of a chart's SVG around it.
        List<String> raw = texts.stream()
                .filter(text -> text.startsWith("!") || text.matches("(?s).*!(reporting|shared)\\..*"))
                .map(text -> text.substring(Math.max(0, text.indexOf('!') - 40),
                        Math.min(text.length(), text.indexOf('!') + 60)))
                .toList();
        assertThat(raw).as("texts showing a raw translation key").isEmpty();
        assertThat(Translations.missingKeys()).noneMatch(key -> key.startsWith("reporting."));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static void labels(Select select, List<String> texts) {
        select.getListDataView().getItems()
                .forEach(item -> texts.add(String.valueOf(select.getItemLabelGenerator().apply(item))));
    }

    static void collect(Element element, List<String> texts) {
        texts.add(element.getText());
        element.getPropertyNames().map(element::getProperty).filter(java.util.Objects::nonNull).forEach(texts::add);
        element.getAttributeNames().map(element::getAttribute).filter(java.util.Objects::nonNull).forEach(texts::add);
        element.getChildren().forEach(child -> collect(child, texts));
    }
}
