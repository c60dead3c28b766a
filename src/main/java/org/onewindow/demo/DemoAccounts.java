package org.onewindow.demo;

import java.util.List;
import java.util.Set;

import org.onewindow.directory.Department;
import org.onewindow.shared.AppRoles;

/** The demo hall: its departments and one account per role and department. */
final class DemoAccounts {

    static final List<Department> DEPARTMENTS = List.of(
            new Department("HALL", "Government Service Centre (front desk)"),
            new Department("AMR", "Market Regulation Bureau"),
            new Department("HRSS", "Human Resources and Social Security Bureau"),
            new Department("HOUSING", "Housing and Urban-Rural Construction Bureau"),
            new Department("CIVIL", "Civil Affairs Bureau"),
            new Department("PSB", "Public Security Bureau — Household Registration"),
            new Department("NATRES", "Natural Resources Bureau"),
            new Department("HEALTH", "Health Commission"),
            new Department("FIRE", "Fire and Rescue Brigade"));

    record Account(String username, String displayName, Set<String> roles, Set<String> departments) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("frontdesk", "Li Na", Set.of(AppRoles.FRONT_DESK), Set.of("HALL")),
            new Account("frontdesk2", "Zhang Wei", Set.of(AppRoles.FRONT_DESK), Set.of("HALL")),
            new Account("amr.worker", "Wang Fang", Set.of(AppRoles.CASE_WORKER), Set.of("AMR")),
            new Account("amr.head", "Chen Jie", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD), Set.of("AMR")),
            new Account("hrss.worker", "Liu Yang", Set.of(AppRoles.CASE_WORKER), Set.of("HRSS")),
            new Account("hrss.head", "Zhao Min", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD), Set.of("HRSS")),
            new Account("housing.worker", "Huang Lei", Set.of(AppRoles.CASE_WORKER), Set.of("HOUSING")),
            new Account("housing.head", "Zhou Ying", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD),
                    Set.of("HOUSING")),
            new Account("civil.worker", "Wu Hao", Set.of(AppRoles.CASE_WORKER), Set.of("CIVIL")),
            new Account("civil.head", "Xu Li", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD), Set.of("CIVIL")),
            new Account("psb.worker", "Sun Qiang", Set.of(AppRoles.CASE_WORKER), Set.of("PSB")),
            new Account("psb.head", "Ma Lin", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD), Set.of("PSB")),
            new Account("natres.worker", "Zhu Tao", Set.of(AppRoles.CASE_WORKER), Set.of("NATRES")),
            new Account("natres.head", "Hu Jing", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD), Set.of("NATRES")),
            new Account("health.worker", "Guo Xin", Set.of(AppRoles.CASE_WORKER), Set.of("HEALTH")),
            new Account("fire.worker", "He Bin", Set.of(AppRoles.CASE_WORKER), Set.of("FIRE")),
            new Account("followup", "Lin Xiao", Set.of(AppRoles.FOLLOW_UP), Set.of("HALL")),
            new Account("manager", "Director Gao", Set.of(AppRoles.MANAGER), Set.of("HALL")),
            new Account("admin", "System Administrator", Set.of(AppRoles.ADMIN), Set.of("HALL")));

    private DemoAccounts() {
    }
}
