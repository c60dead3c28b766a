package org.onewindow.shared;

import java.util.List;

/** The hall's roles. Stored without prefix; Spring Security sees them as {@code ROLE_<name>}. */
public final class AppRoles {

    public static final String FRONT_DESK = "FRONT_DESK";
    public static final String CASE_WORKER = "CASE_WORKER";
    public static final String DEPT_HEAD = "DEPT_HEAD";
    public static final String FOLLOW_UP = "FOLLOW_UP";
    public static final String MANAGER = "MANAGER";
    public static final String ADMIN = "ADMIN";
    /**
     * 事项管理员: keeps the service catalog (drafts, publishes, retires items). A hall's 事项清单 is kept by its
     * office for administrative review (审改办) or the hall office, not by whoever administers the system.
     */
    public static final String CATALOG_EDITOR = "CATALOG_EDITOR";

    public static final List<String> ALL = List.of(FRONT_DESK, CASE_WORKER, DEPT_HEAD, FOLLOW_UP, MANAGER, ADMIN,
            CATALOG_EDITOR);

    private AppRoles() {
    }
}
