package org.onewindow.demo;

import java.util.List;
import java.util.Set;

import org.onewindow.directory.Department;
import org.onewindow.shared.AppRoles;

/** The demo hall, a county's service hall: its departments and one account per role and department. */
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

    /** A member of the hall's staff, named in Chinese and in its pinyin rendering for English screens. */
    record Account(String username, String nameZh, String nameEn, Set<String> roles, Set<String> departments) {
    }

    static final List<Account> ACCOUNTS = List.of(
            new Account("frontdesk", "李娜", "Li Na", Set.of(AppRoles.FRONT_DESK), Set.of("HALL")),
            new Account("frontdesk2", "张伟", "Zhang Wei", Set.of(AppRoles.FRONT_DESK), Set.of("HALL")),
            new Account("amr.worker", "王芳", "Wang Fang", Set.of(AppRoles.CASE_WORKER), Set.of("AMR")),
            new Account("amr.head", "陈杰", "Chen Jie", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD), Set.of("AMR")),
            new Account("hrss.worker", "刘洋", "Liu Yang", Set.of(AppRoles.CASE_WORKER), Set.of("HRSS")),
            new Account("hrss.head", "赵敏", "Zhao Min", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD),
                    Set.of("HRSS")),
            new Account("housing.worker", "黄磊", "Huang Lei", Set.of(AppRoles.CASE_WORKER), Set.of("HOUSING")),
            new Account("housing.head", "周颖", "Zhou Ying", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD),
                    Set.of("HOUSING")),
            new Account("civil.worker", "吴浩", "Wu Hao", Set.of(AppRoles.CASE_WORKER), Set.of("CIVIL")),
            new Account("civil.head", "徐丽", "Xu Li", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD), Set.of("CIVIL")),
            new Account("psb.worker", "孙强", "Sun Qiang", Set.of(AppRoles.CASE_WORKER), Set.of("PSB")),
            new Account("psb.head", "马琳", "Ma Lin", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD), Set.of("PSB")),
            new Account("natres.worker", "朱涛", "Zhu Tao", Set.of(AppRoles.CASE_WORKER), Set.of("NATRES")),
            new Account("natres.head", "胡静", "Hu Jing", Set.of(AppRoles.CASE_WORKER, AppRoles.DEPT_HEAD),
                    Set.of("NATRES")),
            new Account("health.worker", "郭鑫", "Guo Xin", Set.of(AppRoles.CASE_WORKER), Set.of("HEALTH")),
            new Account("fire.worker", "何斌", "He Bin", Set.of(AppRoles.CASE_WORKER), Set.of("FIRE")),
            new Account("followup", "林晓", "Lin Xiao", Set.of(AppRoles.FOLLOW_UP), Set.of("HALL")),
            new Account("manager", "高建国", "Gao Jianguo", Set.of(AppRoles.MANAGER), Set.of("HALL")),
            new Account("admin", "系统管理员", "System administrator", Set.of(AppRoles.ADMIN), Set.of("HALL")));

    private DemoAccounts() {
    }
}
