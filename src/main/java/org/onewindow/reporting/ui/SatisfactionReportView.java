package org.onewindow.reporting.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.SatisfactionReport;
import org.onewindow.reporting.SatisfactionReportService;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.export.TableExport;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Where citizens are unhappy and why: rates, rankings, indicators per set version, reliability, trends, comments,
 * bad reviews.
 * Each is a section of its own ({@link SatisfactionHeadlineSection}, {@link ChannelBiasSection},
 * {@link NoticeReprintsSection}, {@link RankingsSection}, {@link IndicatorsSection},
 * {@link SatisfactionTrendSection}, {@link CommentsSection}, {@link BadReviewsSection}).
 */
@Route(value = "reports/satisfaction", layout = MainLayout.class)
@Menu(title = "reporting.menu.satisfaction", order = 71, icon = "vaadin:smiley-o")
@RolesAllowed(AppRoles.MANAGER)
public class SatisfactionReportView extends VerticalLayout implements HasDynamicTitle {

    private final transient TableExport export;
    private final transient SatisfactionReportService reports;
    /** The page's language, captured here: the report's queries and its downloads run on other threads. */
    private final transient ReportTexts texts;
    private final HallDates dates;
    private final transient DirectoryService directory;
    final ReportFilterBar filters;
    private final Div content = new Div();

    public SatisfactionReportView(SatisfactionReportService reports, DirectoryService directory, CatalogService catalog,
            HallDates dates, Clock clock) {
        this.reports = reports;
        this.texts = ReportTexts.of(getLocale());
        this.export = new TableExport(clock.getZone());
        this.dates = dates;
        this.directory = directory;
        this.filters = new ReportFilterBar(texts, directory, catalog, LocalDate.now(clock), this::show);
        content.setWidthFull();
        add(new H1(texts.t("reporting.satisfaction.title")), new Paragraph(texts.t("reporting.satisfaction.intro")),
                filters, content);
        setMaxWidth("80em");
        show();
    }

    @Override
    public String getPageTitle() {
        return texts.t("reporting.satisfaction.pageTitle");
    }

    private void show() {
        ReportFilter filter = filters.value();
        Granularity granularity = filters.granularity();
        content.removeAll();
        SatisfactionReport report;
        try {
            report = reports.report(filter, granularity);
        } catch (InvalidInputException e) {
            filters.showErrors(e);
            return;
        }
        content.add(SatisfactionHeadlineSection.of(texts, export, report.summary()),
                ChannelBiasSection.of(texts, report.summary().channelBias()),
                NoticeReprintsSection.of(texts, export, report.noticeReprints()),
                RankingsSection.of(texts, export, report.departmentRanking(), group -> reports.ranking(filter, group)),
                IndicatorsSection.of(texts, export, report.indicators()),
                SatisfactionTrendSection.of(texts, export, report.trend(), granularity),
                CommentsSection.of(texts, export, dates.zone(), report.latestComments(),
                        (badOnly, offset, limit) -> reports.comments(filter, badOnly, offset, limit),
                        code -> directory.departmentName(code, texts.locale())),
                BadReviewsSection.of(texts, report.badReviews()));
    }
}
