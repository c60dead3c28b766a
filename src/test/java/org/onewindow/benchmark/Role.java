package org.onewindow.benchmark;

import java.util.List;

/**
 * A demo account of one role and the main screens of that role, the first being where signing in leads
 * ({@code shared.ui.HomeView}).
 */
record Role(String label, String username, List<Screen> screens) {

    String firstScreenKey() {
        return screens.get(0).key();
    }

    /** Every role's main screens; the case file is an open case of the department worker's own department. */
    static List<Role> hall(String openCase) {
        return List.of(
                new Role("Window clerk", "frontdesk",
                        List.of(Screen.staff("intake", "/intake", "#intake-applicant-type"),
                                Screen.staff("my tasks", "/tasks/mine", "#my-tasks-grid"),
                                Screen.staff("find a case", "/cases/search", "#search-case-number"))),
                new Role("Department staff", "amr.worker",
                        List.of(Screen.staff("department queue", "/tasks/queue", "#queue-grid"),
                                Screen.staff("my tasks", "/tasks/mine", "#my-tasks-grid"),
                                Screen.notInMenu("case file (/case/" + openCase + ")", "/case/" + openCase,
                                        "#case-steps"))),
                new Role("Department head", "amr.head",
                        List.of(Screen.staff("department queue", "/tasks/queue", "#queue-grid"),
                                Screen.staff("department's open steps", "/tasks/department", "#department-grid"))),
                new Role("Manager", "manager",
                        List.of(Screen.staff("open cases", "/cases", "#cases-grid"),
                                Screen.report("process report", "/reports/process", "#report-bottlenecks-grid"),
                                Screen.report("satisfaction report", "/reports/satisfaction", "#report-apply"),
                                Screen.report("demand report", "/reports/demand", "#demand-segment"),
                                Screen.report("monthly report", "/reports/monthly", "#monthly-title"))),
                new Role("Administrator", "admin",
                        List.of(Screen.staff("open cases", "/cases", "#cases-grid"),
                                Screen.staff("staff", "/admin/staff", "#staff-grid"),
                                Screen.staff("catalog", "/admin/catalog", "#catalog-grid"),
                                Screen.staff("audit log", "/admin/audit", "#audit-grid"),
                                Screen.staff("outbox", "/admin/outbox", "#outbox-grid"))));
    }
}
