package org.onewindow.satisfaction.ui;

import java.util.List;

import org.onewindow.directory.DirectoryService;
import org.onewindow.satisfaction.Rectification;
import org.onewindow.satisfaction.RectificationService;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.ui.DueDateLabel;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * Bad reviews to handle: a head sees their departments' reviews, a manager all of them and the appeals to
 * decide. Overdue and escalated ones stand out.
 */
@Route(value = "bad-reviews", layout = MainLayout.class)
@PageTitle("Bad reviews | OneWindow")
@Menu(title = "satisfaction.menu.badReviews", order = 55, icon = "vaadin:thumbs-down")
@RolesAllowed({ AppRoles.DEPT_HEAD, AppRoles.MANAGER })
public class RectificationListView extends VerticalLayout {

    private final transient RectificationService rectifications;
    final Grid<Rectification> grid = new Grid<>(Rectification.class, false);
    final Tabs tabs;
    private final Tab open = new Tab("Open");
    private final Tab finished = new Tab("Finished");

    public RectificationListView(RectificationService rectifications, DirectoryService directory, HallDates dates) {
        this.rectifications = rectifications;
        grid.setId("rectification-grid");
        grid.addColumn(Rectification::caseNumber).setHeader("Case").setAutoWidth(true);
        grid.addColumn(Rectification::serviceItemName).setHeader("Service item");
        grid.addColumn(r -> directory.departmentName(r.departmentCode())).setHeader("Department");
        grid.addColumn(r -> RectificationTexts.stage(r.stage())).setHeader("Stage").setAutoWidth(true);
        grid.addColumn(r -> dates.date(r.openedAt())).setHeader("Received").setAutoWidth(true);
        grid.addComponentColumn(r -> r.dueAt() == null ? new Span("")
                : DueDateLabel.of(dates, r.dueAt(), r.overdue(dates.now()))).setHeader("Due").setAutoWidth(true);
        grid.addColumn(r -> r.verifyEscalatedAt() != null || r.rectifyEscalatedAt() != null ? "escalated" : "")
                .setHeader("Escalation").setAutoWidth(true);
        grid.addItemClickListener(event -> getUI().ifPresent(ui -> ui.navigate(RectificationView.class,
                event.getItem().caseNumber())));
        tabs = new Tabs(open, finished);
        tabs.setId("rectification-tabs");
        tabs.addSelectedChangeListener(event -> refresh());
        add(new H2("Bad reviews"), new Paragraph("Verify each bad review with the citizen within one working day, "
                + "rectify justified ones within the limit, and appeal a review only when it is mistaken or malicious. "
                + "Click a row to handle it."), tabs, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        List<Rectification> items = tabs.getSelectedTab() == finished ? rectifications.finishedRectifications(200)
                : rectifications.openRectifications();
        grid.setItems(items);
    }
}
