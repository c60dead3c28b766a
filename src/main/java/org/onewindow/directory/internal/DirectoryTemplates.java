package org.onewindow.directory.internal;

import java.util.List;

import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.spreadsheet.ImportTemplate;
import org.onewindow.shared.spreadsheet.TemplateColumn;

/**
 * The columns of the departments and staff files. The headers are the files' format and so written here, not in the
 * bundles (a translation edit must not break a hall's files); the notes explaining them are texts of the bundles.
 * The department columns' keys are {@link org.onewindow.directory.DepartmentField}'s properties, so the department
 * check's refusals land on their columns.
 */
final class DirectoryTemplates {

    static final String CODE = "code";
    static final String NAME_ZH = "nameZh";
    static final String NAME_EN = "nameEn";
    static final String ACTIVE = "active";

    static final String USERNAME = "username";
    static final String DEPARTMENTS = "departments";
    static final String ROLES = "roles";
    static final String EMAIL = "email";
    static final String MOBILE = "mobile";
    static final String LANGUAGE = "language";
    static final String PASSWORD = "password";

    private DirectoryTemplates() {
    }

    static ImportTemplate departments() {
        return new ImportTemplate("departments", List.of(
                column("departments", CODE, "部门代码", "Department code", true, "AMR"),
                column("departments", NAME_ZH, "中文名称", "Chinese name", true, "市场监督管理局"),
                column("departments", NAME_EN, "英文名称", "English name", true, "Market Regulation Bureau"),
                column("departments", ACTIVE, "启用", "Active", false, "是")));
    }

    static ImportTemplate staff() {
        return new ImportTemplate("staff", List.of(
                column("staff", USERNAME, "用户名", "Username", true, "zhangwei"),
                column("staff", NAME_ZH, "中文姓名", "Chinese name", true, "张伟"),
                column("staff", NAME_EN, "英文姓名", "English name", false, "Zhang Wei"),
                column("staff", DEPARTMENTS, "所属部门", "Departments", false, "AMR"),
                column("staff", ROLES, "角色", "Roles", true, "CASE_WORKER;部门负责人"),
                column("staff", EMAIL, "电子邮箱", "E-mail", false, "zhangwei@example.gov.cn"),
                column("staff", MOBILE, "手机号码", "Mobile", false, "13800138000"),
                column("staff", LANGUAGE, "语言", "Language", false, "zh"),
                column("staff", PASSWORD, "临时密码", "Temporary password", false, "")));
    }

    /** A column whose notes are {@code directory.import.note.<template>.<key>} in both languages. */
    private static TemplateColumn column(String template, String key, String headerZh, String headerEn,
            boolean required,
            String example) {
        return new TemplateColumn(key, headerZh, headerEn, required, example,
                Translations.text(Translations.CHINESE, "directory.import.note." + template + "." + key),
                Translations.text(Translations.ENGLISH, "directory.import.note." + template + "." + key));
    }
}
