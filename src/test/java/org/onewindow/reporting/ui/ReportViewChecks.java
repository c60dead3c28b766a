package org.onewindow.reporting.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.BadReviewFigures;
import org.onewindow.reporting.ChannelBias;
import org.onewindow.reporting.Comment;
import org.onewindow.reporting.CycleTime;
import org.onewindow.reporting.DimensionReport;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.GroupFigures;
import org.onewindow.reporting.LevelDistribution;
import org.onewindow.reporting.ProcessReport;
import org.onewindow.reporting.ProcessReportService;
import org.onewindow.reporting.ProcessSummary;
import org.onewindow.reporting.ProcessSummary.AgeBucket;
import org.onewindow.reporting.Ranking;
import org.onewindow.reporting.SatisfactionReport;
import org.onewindow.reporting.SatisfactionReportService;
import org.onewindow.reporting.SatisfactionSummary;
import org.onewindow.reporting.SatisfactionTrendPoint;
import org.onewindow.reporting.StepFigures;
import org.onewindow.reporting.TrendPoint;
import org.onewindow.reporting.Workload;
import org.onewindow.reporting.internal.export.ReportTable;
import org.onewindow.reporting.internal.export.TableExport;
import org.onewindow.reporting.ui.ReportParts.ExportLinks;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tabs;
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
        List<String> raw = texts.stream().filter(text -> text.startsWith("!") || text.matches("(?s).*!(reporting|shared)\\..*"))
                .map(text -> text.substring(Math.max(0, text.indexOf('!') - 40), Math.min(text.length(), text.indexOf('!') + 60)))
                .toList();
        assertThat(raw).as("texts showing a raw translation key").isEmpty();
        assertThat(Translations.missingKeys()).noneMatch(key -> key.startsWith("reporting."));
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    static void labels(Select select, List<String> texts) {
        select.getListDataView().getItems().forEach(item -> texts.add(String.valueOf(select.getItemLabelGenerator().apply(item))));
    }

    static void collect(Element element, List<String> texts) {
        texts.add(element.getText());
        element.getPropertyNames().map(element::getProperty).filter(java.util.Objects::nonNull).forEach(texts::add);
        element.getAttributeNames().map(element::getAttribute).filter(java.util.Objects::nonNull).forEach(texts::add);
        element.getChildren().forEach(child -> collect(child, texts));
    }
}
