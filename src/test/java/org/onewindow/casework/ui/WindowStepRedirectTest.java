package org.onewindow.casework.ui;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.shared.PageRequest;

import com.vaadin.flow.router.BeforeEvent;

class WindowStepRedirectTest {

    private final TaskInboxService inbox = mock(TaskInboxService.class);
    private final BeforeEvent event = mock(BeforeEvent.class);

    @Test
    void leadsTheClerkIntoTheirOwnOpenStepOfTheCase() {
        // The filter matches case numbers by their start: only the case itself counts.
        List<InboxTask> found = List.of(task("task-other", "OW-20261128-000421"),
                task("task-mine", "OW-20261128-00042"));
        when(inbox.myTasks(any(InboxFilter.class), any(PageRequest.class))).thenReturn(found);

        new WindowStepRedirect(inbox).setParameter(event, "OW-20261128-00042");

        verify(event).forwardTo(TaskView.class, "task-mine");
    }

    @Test
    void withoutAnOpenStepLeadsToMyTasks() {
        when(inbox.myTasks(any(InboxFilter.class), any(PageRequest.class))).thenReturn(List.of());

        new WindowStepRedirect(inbox).setParameter(event, "OW-20261128-00042");

        verify(event).forwardTo(MyTasksView.class);
        verify(inbox).myTasks(eq(new InboxFilter("OW-20261128-00042", null, false)), any(PageRequest.class));
    }

    private static InboxTask task(String taskId, String caseNumber) {
        InboxTask task = mock(InboxTask.class);
        when(task.taskId()).thenReturn(taskId);
        when(task.caseNumber()).thenReturn(caseNumber);
        return task;
    }
}
