package org.onewindow.casework.ui;

import java.util.function.BiFunction;
import java.util.function.Function;

import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.Urgency;
import org.onewindow.catalog.CatalogService;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.ui.GridColumns;
import org.onewindow.shared.ui.HallDates;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;

/**
 * A lazily loaded inbox with the filters every queue has (case number, service item) and due-date sorting.
 * Rows are fetched page by page from the service; nothing loads all rows.
 */
class InboxGrid extends VerticalLayout {

    final Grid<InboxTask> grid = new Grid<>(InboxTask.class, false);
    final TextField caseNumberFilter = new TextField();
    final ComboBox<ServiceItem> itemFilter = new ComboBox<>();
    final Select<Urgency> urgencyFilter = new Select<>();
    private final Grid.Column<InboxTask> dueColumn;

    InboxGrid(String idPrefix, BiFunction<InboxFilter, PageRequest, java.util.List<InboxTask>> fetch,
            Function<InboxFilter, Long> count, CatalogService catalog, DirectoryService directory, HallDates dates,
            Function<InboxTask, Component> actions) {
        this(idPrefix, fetch, count, catalog, directory, dates, actions, false);
    }

    InboxGrid(String idPrefix, BiFunction<InboxFilter, PageRequest, java.util.List<InboxTask>> fetch,
            Function<InboxFilter, Long> count, CatalogService catalog, DirectoryService directory, HallDates dates,
            Function<InboxTask, Component> actions, boolean showAssignee) {
        setPadding(false);
        caseNumberFilter.setLabel(getTranslation("casework.inbox.filter.case"));
        caseNumberFilter.setClearButtonVisible(true);
        caseNumberFilter.setValueChangeMode(ValueChangeMode.LAZY);
        caseNumberFilter.setId(idPrefix + "-filter-case");
        itemFilter.setLabel(getTranslation("casework.inbox.filter.item"));
        itemFilter.setClearButtonVisible(true);
        itemFilter.setItems(catalog.all());
        itemFilter.setItemLabelGenerator(serviceItem -> serviceItem.name(getLocale()));
        itemFilter.setId(idPrefix + "-filter-item");
        itemFilter.setWidth("20em");
        itemFilter.setMaxWidth("100%");

        urgencyFilter.setItems(Urgency.values());
        urgencyFilter.setItemLabelGenerator(urgency -> switch (urgency) {
            case ALL -> getTranslation("casework.inbox.urgency.all");
            case AT_RISK -> getTranslation("casework.inbox.urgency.atRisk");
            case OVERDUE -> getTranslation("casework.inbox.urgency.overdue");
        });
        urgencyFilter.setValue(Urgency.ALL);
        urgencyFilter.setLabel(getTranslation("casework.inbox.filter.urgency"));
        urgencyFilter.setId(idPrefix + "-filter-urgency");

        grid.setId(idPrefix + "-grid");
        GridColumns.fitting(grid);
        grid.addColumn(InboxTask::caseNumber).setHeader(getTranslation("casework.inbox.column.case")).setWidth("12em")
                .setFlexGrow(0);
        GridColumns.name(grid.addColumn(task -> task.serviceItemName(getLocale()))
                .setHeader(getTranslation("casework.inbox.column.item")), task -> task.serviceItemName(getLocale()));
        GridColumns.name(grid.addColumn(task -> task.citizenName() + " · " + task.citizenMaskedIdNumber())
                .setHeader(getTranslation("casework.inbox.column.citizen")),
                task -> task.citizenName() + " · " + task.citizenMaskedIdNumber());
        GridColumns.name(grid.addColumn(task -> StepNames.of(task.taskKey(), task.taskName()))
                .setHeader(getTranslation("casework.inbox.column.step")),
                task -> StepNames.of(task.taskKey(),
                        task.taskName()))
                .setFlexGrow(1);
        GridColumns.name(grid.addColumn(task -> QueueNames.of(directory, task.candidateGroup()))
                .setHeader(getTranslation("casework.inbox.column.queue")),
                task -> QueueNames.of(directory, task.candidateGroup()));
        if (showAssignee) {
            GridColumns.name(grid.addColumn(
                    task -> task.assignee() == null ? getTranslation("casework.inbox.unclaimed") : task.assignee())
                    .setHeader(getTranslation("casework.inbox.column.assignee")),
                    task -> task.assignee() == null ? getTranslation("casework.inbox.unclaimed") : task.assignee())
                    .setFlexGrow(1);
        }
        GridColumns.name(grid.addColumn(task -> dates.dateTime(task.createdAt()))
                .setHeader(getTranslation("casework.inbox.column.created")), task -> dates.dateTime(task.createdAt()))
                .setWidth("7em").setFlexGrow(0);
        dueColumn = grid.addColumn(new ComponentRenderer<>(task -> {
            Span due = new Span(dates.date(task.dueAt()));
            if (task.isOverdue(dates.now())) {
                due.setText(
                        getTranslation(task.escalatedAt() == null ? "casework.due.overdue" : "casework.due.escalated",
                                dates.date(task.dueAt())));
                due.addClassName("overdue");
            } else if (task.atRisk()) {
                due.setText(getTranslation("casework.due.atRisk", dates.date(task.dueAt())));
                due.addClassName("at-risk");
            }
            return due;
        })).setHeader(getTranslation("casework.inbox.column.due")).setKey("due").setSortable(true).setWidth("8em")
                .setFlexGrow(1);
        GridColumns.actions(grid.addColumn(new ComponentRenderer<>(actions::apply)), "15em");
        grid.setItems(query -> {
            boolean descending = query.getSortOrders().stream()
                    .anyMatch(order -> order.getDirection() == SortDirection.DESCENDING);
            return fetch.apply(filter(descending), new PageRequest(query.getOffset(), query.getLimit())).stream();
        }, query -> Math.toIntExact(count.apply(filter(false))));
        grid.sort(GridSortOrder.asc(dueColumn).build());

        caseNumberFilter.addValueChangeListener(event -> refresh());
        itemFilter.addValueChangeListener(event -> refresh());
        urgencyFilter.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(caseNumberFilter, itemFilter, urgencyFilter);
        filters.setId(idPrefix + "-filters");
        filters.addClassName("filter-row");
        add(filters, grid);
        setSizeFull();
        grid.setSizeFull();
    }

    private InboxFilter filter(boolean latestDueFirst) {
        ServiceItem item = itemFilter.getValue();
        return new InboxFilter(caseNumberFilter.getValue(), item == null ? null : item.code(), latestDueFirst,
                urgencyFilter.getValue());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
