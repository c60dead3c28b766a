package org.onewindow.catalog.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.onewindow.catalog.ItemKind;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.spreadsheet.ImportTemplate;
import org.onewindow.shared.spreadsheet.TemplateColumn;

/**
 * The two sheets of the catalog workbook and the words its cells take. The headers and words are the file's format,
 * written here (a translation edit must not break a hall's files); the notes explaining them are bundle texts
 * {@code catalog.import.note.<key>}.
 */
final class CatalogSheets {

    static final String ITEMS_SHEET = "事项 Items";
    static final String MATERIALS_SHEET = "材料 Materials";

    static final String CODE = "code";
    static final String STATE = "state";
    static final String VERSION = "version";
    static final String NAME_ZH = "nameZh";
    static final String NAME_EN = "nameEn";
    static final String KIND = "kind";
    static final String LEGAL = "legalLimitDays";
    static final String PROMISED = "promisedLimitDays";
    static final String LEAD = "leadDepartmentCode";
    static final String COLLABORATING = "collaboratingDepartmentCodes";
    static final String ONLINE = "onlineApplication";
    static final String ONE_VISIT = "atMostOneVisit";
    static final String GUIDE_ZH = "guideZh";
    static final String GUIDE_EN = "guideEn";

    static final String ITEM_CODE = "itemCode";
    static final String POSITION = "position";
    static final String MATERIAL_ZH = "materialZh";
    static final String MATERIAL_EN = "materialEn";
    static final String REQUIRED = "required";
    static final String ORIGINAL = "original";
    static final String COPIES = "copies";

    static final String YES = "是";
    static final String NO = "否";
    static final String INSTANT = "即办件";
    static final String PROMISED_WORD = "承诺件";
    static final String REQUIRED_WORD = "必要";
    static final String OPTIONAL_WORD = "可选";
    static final String ORIGINAL_WORD = "原件";
    static final String COPY_WORD = "复印件";

    private static final Map<String, Boolean> YES_NO = Map.of("是", true, "否", false, "yes", true, "no", false, "y",
            true, "n", false, "true", true, "false", false, "1", true, "0", false);

    private CatalogSheets() {
    }

    static ImportTemplate items() {
        return new ImportTemplate(ITEMS_SHEET, List.of(
                column(CODE, "事项编码", "Item code", true, "AMR-001"),
                column(STATE, "状态（只读）", "State (read-only)", false, ""),
                column(VERSION, "版本（只读）", "Version (read-only)", false, ""),
                column(NAME_ZH, "中文名称", "Chinese name", true, "个体工商户设立登记"),
                column(NAME_EN, "英文名称", "English name", true, "Registering a sole proprietorship"),
                column(KIND, "办件类型", "Kind", true, PROMISED_WORD),
                column(LEGAL, "法定时限（工作日）", "Legal limit (working days)", true, "20"),
                column(PROMISED, "承诺时限（工作日）", "Promised limit (working days)", false, "5"),
                column(LEAD, "主办部门代码", "Lead department code", true, "AMR"),
                column(COLLABORATING, "协办部门代码", "Collaborating department codes", false, ""),
                column(ONLINE, "可网上申请", "Online application", false, YES),
                column(ONE_VISIT, "最多跑一次", "At most one visit", false, YES),
                column(GUIDE_ZH, "中文办事指南", "Guide (Chinese)", false, ""),
                column(GUIDE_EN, "英文办事指南", "Guide (English)", false, "")));
    }

    static ImportTemplate materials() {
        return new ImportTemplate(MATERIALS_SHEET, List.of(
                column(ITEM_CODE, "事项编码", "Item code", true, "AMR-001"),
                column(POSITION, "序号", "Position", false, "1"),
                column(MATERIAL_ZH, "材料中文名称", "Material (Chinese)", true, "身份证"),
                column(MATERIAL_EN, "材料英文名称", "Material (English)", true, "Identity card"),
                column(REQUIRED, "必要/可选", "Required/optional", false, REQUIRED_WORD),
                column(ORIGINAL, "原件/复印件", "Original/copy", false, ORIGINAL_WORD),
                column(COPIES, "份数", "Copies", false, "1")));
    }

    private static TemplateColumn column(String key, String headerZh, String headerEn, boolean required,
            String example) {
        return new TemplateColumn(key, headerZh, headerEn, required, example,
                Translations.text(Translations.CHINESE, "catalog.import.note." + key),
                Translations.text(Translations.ENGLISH, "catalog.import.note." + key));
    }

    /** 即办件/INSTANT, 承诺件/PROMISED; {@code null} for anything else. */
    static ItemKind kind(String cell) {
        String value = cell.toUpperCase(Locale.ROOT);
        if (cell.equals(INSTANT) || value.equals("INSTANT")) {
            return ItemKind.INSTANT;
        }
        if (cell.equals(PROMISED_WORD) || value.equals("PROMISED")) {
            return ItemKind.PROMISED;
        }
        return null;
    }

    static String kind(ItemKind kind) {
        return kind == ItemKind.INSTANT ? INSTANT : PROMISED_WORD;
    }

    /** 是/否, yes/no …; {@code null} for anything else. */
    static Boolean yesNo(String cell) {
        return YES_NO.get(cell.toLowerCase(Locale.ROOT));
    }

    static String yesNo(boolean value) {
        return value ? YES : NO;
    }

    /** 必要/REQUIRED → true, 可选/OPTIONAL → false; {@code null} for anything else. */
    static Boolean required(String cell) {
        String value = cell.toUpperCase(Locale.ROOT);
        if (cell.equals(REQUIRED_WORD) || value.equals("REQUIRED")) {
            return true;
        }
        return cell.equals(OPTIONAL_WORD) || value.equals("OPTIONAL") ? false : null;
    }

    /** 原件/ORIGINAL → true, 复印件/COPY → false; {@code null} for anything else. */
    static Boolean original(String cell) {
        String value = cell.toUpperCase(Locale.ROOT);
        if (cell.equals(ORIGINAL_WORD) || value.equals("ORIGINAL")) {
            return true;
        }
        return cell.equals(COPY_WORD) || value.equals("COPY") ? false : null;
    }
}
