package org.onewindow.reporting.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.reporting.DemandReport;
import org.onewindow.reporting.DemandReportService;
import org.onewindow.reporting.Granularity;
import org.onewindow.reporting.ReportFilter;
import org.onewindow.reporting.internal.ReportTexts;
import org.onewindow.reporting.internal.export.TableExport;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.InvalidInputException;
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
 * What citizens come for and when: demand by service item and segment, arrivals at the windows by weekday and
 * hour, repeat visits, the forecast of the next weeks with its error on past weeks, and the windows each hour needs.
 * Each of these is a section of its own ({@link DemandByItemSection}, {@link DemandBySegmentSection},
 * {@link ArrivalsSection}, {@link RepeatVisitsSection}, {@link ForecastSection}, {@link WindowStaffingSection}).
 */
@Route(value = "reports/demand", layout = MainLayout.class)
@Menu(title = "reporting.menu.demand", order = 73, icon = "vaadin:users")
@RolesAllowed(AppRoles.MANAGER)
public class DemandReportView extends VerticalLayout implements HasDynamicTitle {

    private final transient TableExport export;
    private final transient DemandReportService reports;
    /** The page's language, captured here: the report's queries and its downloads run on other threads. */
    private final transient ReportTexts texts;
    final ReportFilterBar filters;
    private final Div content = new Div();

    public DemandReportView(DemandReportService reports, DirectoryService directory, CatalogService catalog,
            Clock clock) {
        this.reports = reports;
        this.texts = ReportTexts.of(getLocale());
        this.export = new TableExport(clock.getZone());
        this.filters = new ReportFilterBar(texts, directory, catalog, LocalDate.now(clock), this::show);
        content.setWidthFull();
        add(new H1(texts.t("reporting.demand.title")), new Paragraph(texts.t("reporting.demand.intro")), filters,
                content);
        setMaxWidth("80em");
        show();
    }

    @Override
    public String getPageTitle() {
        return texts.t("reporting.demand.pageTitle");
    }

    private void show() {
        ReportFilter filter = filters.value();
        Granularity granularity = filters.granularity();
        content.removeAll();
        DemandReport report;
        try {
            report = reports.report(filter, granularity, texts.locale());
        } catch (InvalidInputException e) {
            filters.showErrors(e);
            return;
        }
        content.add(DemandByItemSection.of(texts, export, report.byServiceItem()),
                DemandBySegmentSection.of(texts, export, report.bySegment()),
                ArrivalsSection.of(texts, export, report.arrivals()),
                RepeatVisitsSection.of(texts, export, report.repeatVisits()),
                ForecastSection.of(texts, export, report.forecast()),
                WindowStaffingSection.of(texts, export, report.staffing()));
    }
}
