package org.onewindow.demo;

import java.util.List;
import java.util.Set;

import org.onewindow.directory.Department;
import org.onewindow.shared.AppRoles;

/** The demo hall: its departments and one account per role and department. */
final class DemoAccounts {

    static final List<Department> DEPARTMENTS = List.of(
            new Department("HALL", "政务服务中心（综合受理窗口）", "Government Service Centre (front desk)", true),
            new Department("AMR", "市场监督管理局", "Market Regulation Bureau", true),
            new Department("HRSS", "人力资源和社会保障局", "Human Resources and Social Security Bureau", true),
            new Department("HOUSING", "住房和城乡建设局", "Housing and Urban-Rural Construction Bureau", true),
            new Department("CIVIL", "民政局", "Civil Affairs Bureau", true),
            new Department("PSB", "公安局（户政）", "Public Security Bureau — Household Registration", true),
            new Department("NATRES", "自然资源局", "Natural Resources Bureau", true),
            new Department("HEALTH", "卫生健康委员会", "Health Commission", true),
            new Department("FIRE", "消防救援大队", "Fire and Rescue Brigade", true));

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
