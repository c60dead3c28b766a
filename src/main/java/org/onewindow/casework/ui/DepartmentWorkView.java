package org.onewindow.casework.ui;

import java.util.List;

import org.onewindow.casework.InboxTask;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.catalog.CatalogService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.ui.HallDates;
import org.onewindow.shared.ui.MainLayout;
import org.onewindow.shared.ui.Notices;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

/**
 * The department head's view of all open work of the department: who has what, what is at risk, what is
 * overdue and escalated; and reassignment to a named member.
 */
@Route(value = "tasks/department", layout = MainLayout.class)
@Menu(title = "casework.menu.escalations", order = 32, icon = "vaadin:warning")
@RolesAllowed(AppRoles.DEPT_HEAD)
public class DepartmentWorkView extends VerticalLayout implements HasDynamicTitle {

    private final transient TaskWorkService work;
    final InboxGrid inbox;

    public DepartmentWorkView(TaskInboxService inboxService, TaskWorkService work, CatalogService catalog,
            DirectoryService directory, HallDates dates) {
        this.work = work;
        inbox = new InboxGrid("department", inboxService::departmentWork, inboxService::countDepartmentWork, catalog,
                directory, dates, this::actions, true);
        add(new H1(getTranslation("casework.departmentWork.title")),
                new Paragraph(getTranslation("casework.departmentWork.intro")), inbox);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.departmentWork.title") + " | " + getTranslation("shared.app.title");
    }

    private HorizontalLayout actions(InboxTask task) {
        Button open = new Button(getTranslation("casework.inbox.open"),
                event -> getUI().ifPresent(ui -> ui.navigate(TaskView.class, task.taskId())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL);
        open.setId("department-open-" + task.caseNumber() + "-" + task.taskKey());
        Button reassign = new Button(getTranslation("casework.reassign.button"), event -> openReassignDialog(task));
        reassign.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        reassign.setId("reassign-" + task.caseNumber() + "-" + task.taskKey());
        return new HorizontalLayout(open, reassign);
    }

    private void openReassignDialog(InboxTask task) {
        List<StaffMember> candidates;
        try {
            candidates = work.reassignCandidates(task.taskId());
        } catch (NotFoundException | AccessDeniedException e) {
            Notices.warn(e.getMessage());
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("casework.reassign.title", StepNames.of(task.taskKey(), task.taskName()),
                task.caseNumber()));
        Select<StaffMember> member = new Select<>();
        member.setLabel(getTranslation("casework.reassign.member"));
        member.setId("reassign-member");
        member.setItems(candidates);
        member.setItemLabelGenerator(staff -> staff.displayName(getLocale()) + " (" + staff.username() + ")");
        Button confirm = new Button(getTranslation("casework.reassign.button"), event -> {
            if (member.getValue() == null) {
                member.setErrorMessage(getTranslation("casework.reassign.chooseMember"));
                member.setInvalid(true);
                return;
            }
            try {
                work.reassign(task.taskId(), member.getValue().username());
                dialog.close();
                Notices.done(getTranslation("casework.reassign.done", task.caseNumber(),
                        member.getValue().displayName(getLocale())));
                inbox.refresh();
            } catch (BusinessRuleException | NotFoundException | AccessDeniedException e) {
                Notices.warn(e.getMessage());
            }
        });
        confirm.setId("reassign-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(member);
        dialog.getFooter().add(new Button(getTranslation("casework.common.cancel"), event -> dialog.close()), confirm);
        dialog.open();
    }
}
