package org.onewindow.casework.ui;

import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.shared.PageRequest;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

/**
 * Where the receipt page leads the clerk when the case still needs them at the window (an instant item to decide,
 * or missing materials to list in the one-time notice): straight into their own open step of that case, or to
 * "My tasks" when there is none any more. The receipt lives in {@code intake}, which cannot name a step, so it
 * navigates here by path ({@link #PATH}).
 */
@Route(value = WindowStepRedirect.PATH)
@PermitAll
public class WindowStepRedirect extends Div implements HasUrlParameter<String> {

    public static final String PATH = "tasks/at-window";

    private final transient TaskInboxService inbox;

    public WindowStepRedirect(TaskInboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public void setParameter(BeforeEvent event, String caseNumber) {
        inbox.myTasks(new InboxFilter(caseNumber, null, false), new PageRequest(0, 20)).stream()
                .filter(task -> task.caseNumber().equals(caseNumber))
                .map(InboxTask::taskId)
                .findFirst()
                .ifPresentOrElse(taskId -> event.forwardTo(TaskView.class, taskId),
                        () -> event.forwardTo(MyTasksView.class));
    }
}
