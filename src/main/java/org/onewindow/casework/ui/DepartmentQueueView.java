package org.onewindow.casework.ui;

import org.onewindow.casework.InboxTask;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** Unclaimed steps of my departments' queues: claim one to work on it. */
@Route(value = "tasks/queue", layout = MainLayout.class)
@Menu(title = "casework.menu.queue", order = 30, icon = "vaadin:inbox")
@PermitAll
public class DepartmentQueueView extends VerticalLayout implements HasDynamicTitle {

    private final transient TaskWorkService work;
    final InboxGrid inbox;

    public DepartmentQueueView(TaskInboxService inboxService, TaskWorkService work, CatalogService catalog,
            DirectoryService directory, HallDates dates) {
        this.work = work;
        inbox = new InboxGrid("queue", inboxService::departmentQueue, inboxService::countDepartmentQueue, catalog,
                directory, dates, this::actions);
        add(new H1(getTranslation("casework.menu.queue")), inbox);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.menu.queue") + " | " + getTranslation("shared.app.title");
    }

    private HorizontalLayout actions(InboxTask task) {
        Button claim = new Button(getTranslation("casework.inbox.claim"), event -> claim(task, false));
        claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
        claim.setId("claim-" + task.caseNumber() + "-" + task.taskKey());
        Button claimAndOpen = new Button(getTranslation("casework.inbox.claimAndOpen"), event -> claim(task, true));
        claimAndOpen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        claimAndOpen.setId("claim-open-" + task.caseNumber() + "-" + task.taskKey());
        return new HorizontalLayout(claim, claimAndOpen);
    }

    private void claim(InboxTask task, boolean open) {
        try {
            work.claim(task.taskId());
            if (open) {
                getUI().ifPresent(ui -> ui.navigate(TaskView.class, task.taskId()));
            } else {
                Notices.done(getTranslation("casework.inbox.claimed", task.caseNumber()));
                inbox.refresh();
            }
        } catch (BusinessRuleException | NotFoundException e) {
            Notices.warn(e.getMessage());
            inbox.refresh();
        }
    }
}
