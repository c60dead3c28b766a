package org.onewindow.casework;

import java.util.List;

import org.onewindow.shared.PageRequest;

/** The inboxes of the signed-in staff member, paged in the database. */
public interface TaskInboxService {

    /** Steps assigned to me, soonest due first. */
    List<InboxTask> myTasks(InboxFilter filter, PageRequest page);

    long countMyTasks(InboxFilter filter);

    /** Unclaimed steps of my departments (and of the front desk, for front-desk staff), soonest due first. */
    List<InboxTask> departmentQueue(InboxFilter filter, PageRequest page);

    long countDepartmentQueue(InboxFilter filter);

    /** Department heads: every open step of their departments, claimed or not, with its assignee. */
    List<InboxTask> departmentWork(InboxFilter filter, PageRequest page);

    long countDepartmentWork(InboxFilter filter);
}
