package org.onewindow.satisfaction.ui;

import java.util.List;

import org.onewindow.directory.DirectoryService;
import org.onewindow.satisfaction.JurisdictionRules;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.ui.DueDateLabel;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Bad reviews to handle: a head sees their departments' reviews, a manager all of them and the appeals to
 * decide. Overdue and escalated ones stand out.
 */
@Route(value = "bad-reviews", layout = MainLayout.class)
@Menu(title = "satisfaction.menu.badReviews", order = 55, icon = "vaadin:thumbs-down")
@RolesAllowed({ AppRoles.DEPT_HEAD, AppRoles.MANAGER, AppRoles.FOLLOW_UP })
public class RectificationListView extends VerticalLayout implements HasDynamicTitle {

    private final transient RectificationService rectifications;
    final Grid<Rectification> grid = new Grid<>(Rectification.class, false);
    final Tabs tabs;
    private final Tab open = new Tab(getTranslation("satisfaction.badReviews.open"));
    private final Tab finished = new Tab(getTranslation("satisfaction.badReviews.finished"));

    public RectificationListView(RectificationService rectifications, DirectoryService directory, HallDates dates,
            JurisdictionRules rules) {
        this.rectifications = rectifications;
        grid.setId("rectification-grid");
        grid.addColumn(Rectification::caseNumber).setHeader(getTranslation("satisfaction.badReviews.column.case"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.serviceItemName(getLocale()))
                .setHeader(getTranslation("satisfaction.badReviews.column.item"));
        grid.addColumn(r -> directory.departmentName(r.departmentCode(), getLocale()))
                .setHeader(getTranslation("satisfaction.badReviews.column.department"));
        grid.addColumn(r -> RectificationTexts.stage(r.stage()))
                .setHeader(getTranslation("satisfaction.badReviews.column.stage"))
                .setAutoWidth(true);
        grid.addColumn(r -> dates.date(r.openedAt()))
                .setHeader(getTranslation("satisfaction.badReviews.column.received"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> r.dueAt() == null ? new Span("")
                : DueDateLabel.of(dates, r.dueAt(), r.overdue(dates.now())))
                .setHeader(getTranslation("satisfaction.badReviews.column.due")).setAutoWidth(true);
        String escalated = getTranslation("satisfaction.badReviews.escalated");
        grid.addColumn(r -> r.verifyEscalatedAt() != null || r.rectifyEscalatedAt() != null ? escalated : "")
                .setHeader(getTranslation("satisfaction.badReviews.column.escalation")).setAutoWidth(true);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(RectificationView.class,
                event.getItem().caseNumber())));
        tabs = new Tabs(open, finished);
        tabs.setId("rectification-tabs");
        tabs.addSelectedChangeListener(event -> refresh());
        add(new H1(getTranslation("satisfaction.menu.badReviews")),
                new Paragraph(getTranslation("satisfaction.badReviews.intro", rules.verifyWorkingDays())),
                rulesPanel(rules), tabs, grid);
        setSizeFull();
        refresh();
    }

    /** The jurisdiction's rules these reviews are handled by, read-only: they are the hall's configuration. */
    private Details rulesPanel(JurisdictionRules rules) {
        Div lines = new Div(
                new Paragraph(getTranslation("satisfaction.rules.days", rules.verifyWorkingDays(),
                        rules.rectifyWorkingDays())),
                new Paragraph(getTranslation("satisfaction.rules.period", rules.evaluationPeriod().toDays())),
                new Paragraph(getTranslation(rules.callBackRequired() ? "satisfaction.rules.callBack.on"
                        : "satisfaction.rules.callBack.off")),
                new Paragraph(getTranslation(rules.evaluateAtAcceptance() ? "satisfaction.rules.acceptance.on"
                        : "satisfaction.rules.acceptance.off")));
        Details panel = new Details(getTranslation("satisfaction.rules.title"), lines);
        panel.setId("jurisdiction-rules");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("satisfaction.badReviews.pageTitle");
    }

    private void refresh() {
        List<Rectification> items = tabs.getSelectedTab() == finished ? rectifications.finishedRectifications(200)
                : rectifications.openRectifications();
        grid.setItems(items);
    }
}
