package org.onewindow.catalog;

import java.util.List;

/**
 * What a catalog editor types for a version of a service item. A draft may be saved incomplete; publishing it
 * checks it fully. The limits are boxed so that an empty field is "missing", not 0.
 */
public record ServiceItemDraft(String code, String nameZh, String nameEn, ItemKind kind, Integer legalLimitDays,
        Integer promisedLimitDays, String leadDepartmentCode, List<String> collaboratingDepartmentCodes,
        List<MaterialRequirement> materials, boolean onlineApplication, String guideZh, String guideEn,
        boolean atMostOneVisit) {

    /** The longest code (the column's width). */
    public static final int MAX_CODE_LENGTH = 32;
    /** What a code may be made of: upper-case letters, digits and hyphens, as department codes. */
    public static final String CODE_PATTERN = "[A-Z0-9-]+";
    /** The longest name in either language. */
    public static final int MAX_NAME_LENGTH = 200;
    /** The longest guide in either language. */
    public static final int MAX_GUIDE_LENGTH = 2000;
    /** The longest time limit, in working days (a year of them). */
    public static final int MAX_LIMIT_DAYS = 250;
    /** The most materials one item asks for. */
    public static final int MAX_MATERIALS = 50;

    /** An empty draft of a new promised item. */
    public static ServiceItemDraft empty() {
        return new ServiceItemDraft("", "", "", ItemKind.PROMISED, null, null, null, List.of(), List.of(), true, "",
                "", false);
    }

    /** The draft of a version as it is, to edit it or to start a new version from it. */
    public static ServiceItemDraft of(ServiceItem item) {
        return new ServiceItemDraft(item.code(), item.nameZh(), item.nameEn(), item.kind(),
                item.legalLimitDays() == 0 ? null : item.legalLimitDays(),
                item.kind() == ItemKind.INSTANT ? null : nullIfZero(item.promisedLimitDays()),
                item.leadDepartmentCode(), item.collaboratingDepartmentCodes(), item.materials(),
                item.onlineApplication(), item.guideZh(), item.guideEn(), item.atMostOneVisit());
    }

    private static Integer nullIfZero(int days) {
        return days == 0 ? null : days;
    }
}
