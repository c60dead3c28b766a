package org.onewindow.casework.ui;

import org.onewindow.casework.InboxTask;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/** Steps assigned to me, soonest due first. */
@Route(value = "tasks/mine", layout = MainLayout.class)
@Menu(title = "casework.menu.myTasks", order = 20, icon = "vaadin:tasks")
@PermitAll
public class MyTasksView extends VerticalLayout implements HasDynamicTitle {

    final InboxGrid inbox;

    public MyTasksView(TaskInboxService inboxService, CatalogService catalog, DirectoryService directory,
            HallDates dates) {
        inbox = new InboxGrid("my-tasks", inboxService::myTasks, inboxService::countMyTasks, catalog, directory,
                dates, this::openButton);
        add(new H1(getTranslation("casework.menu.myTasks")), inbox);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.menu.myTasks") + " | " + getTranslation("shared.app.title");
    }

    private Button openButton(InboxTask task) {
        Button open = new Button(getTranslation("casework.inbox.open"),
                event -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, task.taskId())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.setId("open-" + task.caseNumber() + "-" + task.taskKey());
        return open;
    }
}
