package org.onewindow.casework.internal;

import java.util.List;

import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.InboxTask;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.directory.CurrentStaff;
import org.onewindow.shared.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class DefaultTaskInboxService implements TaskInboxService {

    private final OpenTaskStore openTasks;
    private final CurrentStaff currentStaff;
    private final TaskAccessPolicy policy;

    DefaultTaskInboxService(OpenTaskStore openTasks, CurrentStaff currentStaff, TaskAccessPolicy policy) {
        this.openTasks = openTasks;
        this.currentStaff = currentStaff;
        this.policy = policy;
    }

    @Override
    public List<InboxTask> myTasks(InboxFilter filter, PageRequest page) {
        return openTasks.assignedTo(currentStaff.require().username(), filter, page);
    }

    @Override
    public long countMyTasks(InboxFilter filter) {
        return openTasks.countAssignedTo(currentStaff.require().username(), filter);
    }

    @Override
    public List<InboxTask> departmentQueue(InboxFilter filter, PageRequest page) {
        return openTasks.unclaimedIn(policy.queuesOf(currentStaff.require()), filter, page);
    }

    @Override
    public long countDepartmentQueue(InboxFilter filter) {
        return openTasks.countUnclaimedIn(policy.queuesOf(currentStaff.require()), filter);
    }

    @Override
    public List<InboxTask> departmentWork(InboxFilter filter, PageRequest page) {
        return openTasks.allIn(policy.headedDepartments(currentStaff.require()), filter, page);
    }

    @Override
    public long countDepartmentWork(InboxFilter filter) {
        return openTasks.countAllIn(policy.headedDepartments(currentStaff.require()), filter);
    }
}
