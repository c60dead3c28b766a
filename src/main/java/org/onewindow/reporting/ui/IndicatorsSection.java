package org.onewindow.reporting.ui;

import static org.onewindow.reporting.ui.ReportParts.exports;
import static org.onewindow.reporting.ui.ReportParts.row;
import static org.onewindow.reporting.ui.ReportParts.section;

import java.util.ArrayList;
import java.util.List;

import org.onewindow.reporting.IndicatorReport;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.export.TableExport;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The satisfaction report's section on the questionnaire's indicators, one block per indicator set version answered
 * in the range: the version's name and publication, its indicators' means with their confidence intervals,
 * importance and quadrant, the reliability of its indicators as a scale and its importance–performance chart, or
 * that it has too few answers for them. A sentence says where a channel's set changed within the range. One export
 * holds every block, each row naming its set and version.
 */
final class IndicatorsSection {

    private IndicatorsSection() {
    }

    static Div of(ReportTexts texts, TableExport export, IndicatorReport report) {
        Div section = section(texts.t("reporting.satisfaction.indicators"), "report-indicators");
        section.add(new Paragraph(texts.t("reporting.satisfaction.indicators.intro")));
        for (int i = 0; i < report.changes().size(); i++) {
            Paragraph change = new Paragraph(texts.setChange(report.changes().get(i)));
            change.setId("indicator-set-change-" + i);
            change.addClassName("indicator-set-change");
            section.add(change);
        }
        if (report.versions().isEmpty()) {
            Paragraph none = new Paragraph(texts.t("reporting.satisfaction.indicators.none"));
            none.setId("indicators-none");
            section.add(none);
        }
        for (IndicatorReport.SetVersion version : report.versions()) {
            section.add(block(texts, version, report.minimumAnswers()));
        }
        section.add(exports(texts, export, "export-indicators", "indicators",
                texts.t("reporting.satisfaction.indicators.export"),
                List.of(texts.t("reporting.satisfaction.column.indicatorSet"),
                        texts.t("reporting.satisfaction.column.version"),
                        texts.t("reporting.satisfaction.column.published"), texts.t("reporting.export.code"),
                        texts.t("reporting.satisfaction.column.indicator"),
                        texts.t("reporting.satisfaction.column.scored"),
                        texts.t("reporting.satisfaction.column.meanScore"),
                        texts.t("reporting.satisfaction.column.low"), texts.t("reporting.satisfaction.column.high"),
                        texts.t("reporting.satisfaction.column.importanceR"),
                        texts.t("reporting.satisfaction.column.quadrant"),
                        texts.t("reporting.satisfaction.column.alphaIfDeleted"),
                        texts.t("reporting.satisfaction.column.alpha")),
                () -> rows(texts, report)));
        return section;
    }

    private static List<List<Object>> rows(ReportTexts texts, IndicatorReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorReport.SetVersion version : report.versions()) {
            for (IndicatorReport.Indicator d : version.indicators()) {
                rows.add(row(texts.indicatorChannel(version.channel()), version.version(),
                        version.publishedOn() == null ? null : version.publishedOn().toString(), d.code(),
                        d.name(texts.locale()), d.scored(), texts.decimalCell(d.mean(), 2),
                        texts.decimalCell(d.low(), 2), texts.decimalCell(d.high(), 2),
                        texts.decimalCell(d.importance(), 2),
                        d.quadrant() == null ? null : texts.quadrant(d.quadrant()),
                        texts.decimalCell(d.alphaIfDeleted(), 3), texts.decimalCell(version.alpha(), 3)));
            }
        }
        return rows;
    }

    /** One version's block; its components' ids end in the channel and version, e.g. "-ONLINE-2". */
    private static Div block(ReportTexts texts, IndicatorReport.SetVersion version, int minimum) {
        String suffix = "-" + version.channel() + "-" + version.version();
        Div block = new Div();
        block.setId("indicator-set" + suffix);
        block.addClassName("indicator-set-version");
        H4 title = new H4(texts.setVersion(version));
        title.setId("indicator-set-title" + suffix);
        Paragraph answers = new Paragraph(texts.t("reporting.satisfaction.indicators.answers", version.answers(),
                version.completeAnswers()));
        Grid<IndicatorReport.Indicator> grid = ReportParts.wrapping(new Grid<>(IndicatorReport.Indicator.class, false));
        grid.setId("indicator-grid" + suffix);
        grid.addColumn(d -> d.name(texts.locale())).setHeader(texts.t("reporting.satisfaction.column.indicator"));
        grid.addColumn(d -> texts.integer(d.scored())).setHeader(texts.t("reporting.satisfaction.column.scored"));
        grid.addColumn(d -> texts.decimal(d.mean(), 2)).setHeader(texts.t("reporting.satisfaction.column.meanScore"));
        grid.addColumn(d -> texts.decimal(d.low(), 2)).setHeader(texts.t("reporting.satisfaction.column.low"));
        grid.addColumn(d -> texts.decimal(d.high(), 2)).setHeader(texts.t("reporting.satisfaction.column.high"));
        grid.addColumn(d -> texts.decimal(d.importance(), 2))
                .setHeader(texts.t("reporting.satisfaction.column.importanceR"));
        grid.addColumn(d -> d.quadrant() == null ? ReportTexts.NONE : texts.quadrant(d.quadrant()))
                .setHeader(texts.t("reporting.satisfaction.column.quadrant"));
        grid.addColumn(d -> texts.decimal(d.alphaIfDeleted(), 3))
                .setHeader(texts.t("reporting.satisfaction.column.alphaIfDeleted"));
        grid.setItems(version.indicators());
        grid.setAllRowsVisible(true);
        block.add(title, answers, grid);
        Paragraph reliability;
        if (version.tooFew()) {
            reliability = new Paragraph(
                    texts.t("reporting.satisfaction.indicators.tooFew", version.completeAnswers(), minimum));
        } else {
            String alphaKey = version.alpha() == null ? "reporting.satisfaction.alpha.none"
                    : version.alpha() >= 0.7 ? "reporting.satisfaction.alpha.consistent"
                            : "reporting.satisfaction.alpha.low";
            reliability = new Paragraph(
                    texts.t(alphaKey, texts.decimal(version.alpha(), 3), version.completeAnswers()));
        }
        reliability.setId("reliability-alpha" + suffix);
        block.add(reliability);
        ImportancePerformanceChart.of(texts, texts.t("reporting.satisfaction.ipa", texts.setVersion(version)),
                version, "chart-ipa" + suffix).ifPresent(block::add);
        return block;
    }
}
