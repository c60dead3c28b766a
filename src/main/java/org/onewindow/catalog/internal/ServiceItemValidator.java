package org.onewindow.catalog.internal;

import static org.onewindow.catalog.ServiceItemDraft.MAX_CODE_LENGTH;
import static org.onewindow.catalog.ServiceItemDraft.MAX_GUIDE_LENGTH;
import static org.onewindow.catalog.ServiceItemDraft.MAX_LIMIT_DAYS;
import static org.onewindow.catalog.ServiceItemDraft.MAX_MATERIALS;
import static org.onewindow.catalog.ServiceItemDraft.MAX_NAME_LENGTH;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItemDraft;
import org.onewindow.catalog.ServiceItemField;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * The one check of what a catalog editor types for a service item, on screen or through any other way in. A draft
 * is checked for what would not fit (a code, lengths, numbers out of range) and may be incomplete; a version to be
 * published is checked fully.
 */
@Component
class ServiceItemValidator {

    /**
     * Checks a draft before it is saved; {@code taken} says whether a new item's code exists already ({@code null}
     * when the draft is of an existing item, whose code stays).
     *
     * @throws InvalidInputException by {@link ServiceItemField}
     */
    void checkDraft(ServiceItemDraft draft, Predicate<String> taken) {
        Map<ServiceItemField, String> errors = new LinkedHashMap<>();
        if (taken != null) {
            checkCode(draft.code(), taken, errors);
        }
        checkFits(draft, errors);
        refuseIf(errors);
    }

    /**
     * Checks a version before it is published; {@code activeDepartment} says whether a department code names an
     * active department.
     *
     * @throws InvalidInputException by {@link ServiceItemField}
     */
    void checkPublishable(ServiceItemDraft draft, Predicate<String> activeDepartment) {
        Map<ServiceItemField, String> errors = new LinkedHashMap<>();
        checkFits(draft, errors);
        required(ServiceItemField.NAME_ZH, draft.nameZh(), "catalog.error.item.nameZh.missing", errors);
        required(ServiceItemField.NAME_EN, draft.nameEn(), "catalog.error.item.nameEn.missing", errors);
        if (draft.kind() == null) {
            errors.put(ServiceItemField.KIND, Translations.current("catalog.error.item.kind.missing"));
        }
        checkLimits(draft, errors);
        checkDepartments(draft, activeDepartment, errors);
        checkMaterialsComplete(draft.materials(), errors);
        refuseIf(errors);
    }

    private static void checkCode(String value, Predicate<String> taken, Map<ServiceItemField, String> errors) {
        String code = value == null ? "" : value.trim();
        if (code.isEmpty()) {
            errors.put(ServiceItemField.CODE, Translations.current("catalog.error.item.code.missing"));
        } else if (code.length() > MAX_CODE_LENGTH) {
            errors.put(ServiceItemField.CODE, Translations.current("catalog.error.item.code.tooLong", MAX_CODE_LENGTH));
        } else if (!code.matches(ServiceItemDraft.CODE_PATTERN)) {
            errors.put(ServiceItemField.CODE, Translations.current("catalog.error.item.code.pattern"));
        } else if (taken.test(code)) {
            errors.put(ServiceItemField.CODE, Translations.current("catalog.error.itemExists", code));
        }
    }

    /** What would not fit whether or not the draft is complete. */
    private static void checkFits(ServiceItemDraft draft, Map<ServiceItemField, String> errors) {
        tooLong(ServiceItemField.NAME_ZH, draft.nameZh(), MAX_NAME_LENGTH, "catalog.error.item.name.tooLong", errors);
        tooLong(ServiceItemField.NAME_EN, draft.nameEn(), MAX_NAME_LENGTH, "catalog.error.item.name.tooLong", errors);
        tooLong(ServiceItemField.GUIDE_ZH, draft.guideZh(), MAX_GUIDE_LENGTH, "catalog.error.item.guide.tooLong",
                errors);
        tooLong(ServiceItemField.GUIDE_EN, draft.guideEn(), MAX_GUIDE_LENGTH, "catalog.error.item.guide.tooLong",
                errors);
        outOfRange(ServiceItemField.LEGAL_LIMIT_DAYS, draft.legalLimitDays(), errors);
        if (draft.kind() != ItemKind.INSTANT) {
            outOfRange(ServiceItemField.PROMISED_LIMIT_DAYS, draft.promisedLimitDays(), errors);
        }
        List<MaterialRequirement> materials = draft.materials() == null ? List.of() : draft.materials();
        if (materials.size() > MAX_MATERIALS) {
            errors.put(ServiceItemField.MATERIALS,
                    Translations.current("catalog.error.item.materials.tooMany", MAX_MATERIALS));
            return;
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < materials.size(); i++) {
            fitProblems(materials.get(i), i + 1, problems);
        }
        if (!problems.isEmpty()) {
            errors.put(ServiceItemField.MATERIALS, String.join(" ", problems));
        }
    }

    private static void checkLimits(ServiceItemDraft draft, Map<ServiceItemField, String> errors) {
        Integer legal = draft.legalLimitDays();
        if (errors.containsKey(ServiceItemField.LEGAL_LIMIT_DAYS)) {
            return;
        }
        if (legal == null) {
            errors.put(ServiceItemField.LEGAL_LIMIT_DAYS, Translations.current("catalog.error.item.legal.missing"));
        } else if (legal < 1) {
            errors.put(ServiceItemField.LEGAL_LIMIT_DAYS, Translations.current("catalog.error.item.legal.zero"));
        }
        if (draft.kind() != ItemKind.PROMISED || errors.containsKey(ServiceItemField.PROMISED_LIMIT_DAYS)) {
            return;
        }
        Integer promised = draft.promisedLimitDays();
        if (promised == null) {
            errors.put(ServiceItemField.PROMISED_LIMIT_DAYS,
                    Translations.current("catalog.error.item.promised.missing"));
        } else if (promised < 1) {
            errors.put(ServiceItemField.PROMISED_LIMIT_DAYS, Translations.current("catalog.error.item.promised.zero"));
        } else if (legal != null && legal >= 1 && promised > legal) {
            errors.put(ServiceItemField.PROMISED_LIMIT_DAYS,
                    Translations.current("catalog.error.item.promised.overLegal", promised, legal));
        }
    }

    private static void checkDepartments(ServiceItemDraft draft, Predicate<String> active,
            Map<ServiceItemField, String> errors) {
        String lead = draft.leadDepartmentCode();
        if (lead == null || lead.isBlank()) {
            errors.put(ServiceItemField.LEAD_DEPARTMENT_CODE, Translations.current("catalog.error.item.lead.missing"));
        } else if (!active.test(lead)) {
            errors.put(ServiceItemField.LEAD_DEPARTMENT_CODE,
                    Translations.current("catalog.error.unknownDepartment", lead));
        }
        List<String> collaborating = draft.collaboratingDepartmentCodes() == null ? List.of()
                : draft.collaboratingDepartmentCodes();
        for (String code : collaborating) {
            if (!active.test(code)) {
                errors.put(ServiceItemField.COLLABORATING_DEPARTMENT_CODES,
                        Translations.current("catalog.error.unknownDepartment", code));
                return;
            }
        }
        if ((lead != null && collaborating.contains(lead))
                || new HashSet<>(collaborating).size() != collaborating.size()) {
            errors.put(ServiceItemField.COLLABORATING_DEPARTMENT_CODES,
                    Translations.current("catalog.error.collaborating"));
        }
    }

    private static void checkMaterialsComplete(List<MaterialRequirement> given, Map<ServiceItemField, String> errors) {
        if (errors.containsKey(ServiceItemField.MATERIALS)) {
            return;
        }
        List<MaterialRequirement> materials = given == null ? List.of() : given;
        if (materials.isEmpty()) {
            errors.put(ServiceItemField.MATERIALS, Translations.current("catalog.error.item.materials.none"));
            return;
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < materials.size(); i++) {
            completeProblems(materials.get(i), i + 1, problems);
        }
        if (!problems.isEmpty()) {
            errors.put(ServiceItemField.MATERIALS, String.join(" ", problems));
        }
    }

    /**
     * What is wrong with one material of a version to be published, each message naming its row (its position in
     * the item): the same messages as {@link #checkPublishable} joins under {@link ServiceItemField#MATERIALS}, for
     * an import that shows them on the material's own row.
     */
    Map<MaterialPart, String> materialProblems(MaterialRequirement material, int row) {
        Map<MaterialPart, String> problems = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        completeProblems(material, row, names);
        if (longer(material.nameZh(), MaterialRequirement.MAX_NAME_LENGTH)
                || longer(material.nameEn(), MaterialRequirement.MAX_NAME_LENGTH)) {
            names.add(Translations.current("catalog.error.material.name.tooLong", row,
                    MaterialRequirement.MAX_NAME_LENGTH));
        }
        if (!names.isEmpty()) {
            problems.put(MaterialPart.NAME, String.join(" ", names));
        }
        if (material.copies() < 1 || material.copies() > MaterialRequirement.MAX_COPIES) {
            problems.put(MaterialPart.COPIES,
                    Translations.current("catalog.error.material.copies", row, MaterialRequirement.MAX_COPIES));
        }
        return problems;
    }

    /** The parts of a material a problem is about. */
    enum MaterialPart {
        NAME, COPIES
    }

    private static void fitProblems(MaterialRequirement material, int row, List<String> problems) {
        if (longer(material.nameZh(), MaterialRequirement.MAX_NAME_LENGTH)
                || longer(material.nameEn(), MaterialRequirement.MAX_NAME_LENGTH)) {
            problems.add(Translations.current("catalog.error.material.name.tooLong", row,
                    MaterialRequirement.MAX_NAME_LENGTH));
        }
        if (material.copies() < 1 || material.copies() > MaterialRequirement.MAX_COPIES) {
            problems.add(Translations.current("catalog.error.material.copies", row, MaterialRequirement.MAX_COPIES));
        }
    }

    private static void completeProblems(MaterialRequirement material, int row, List<String> problems) {
        if (blank(material.nameZh()) || blank(material.nameEn())) {
            problems.add(Translations.current("catalog.error.material.name.missing", row));
        }
    }

    private static void required(ServiceItemField field, String value, String key,
            Map<ServiceItemField, String> errors) {
        if (blank(value) && !errors.containsKey(field)) {
            errors.put(field, Translations.current(key));
        }
    }

    private static void tooLong(ServiceItemField field, String value, int max, String key,
            Map<ServiceItemField, String> errors) {
        if (longer(value, max)) {
            errors.put(field, Translations.current(key, max));
        }
    }

    private static void outOfRange(ServiceItemField field, Integer days, Map<ServiceItemField, String> errors) {
        if (days != null && (days < 0 || days > MAX_LIMIT_DAYS)) {
            errors.put(field, Translations.current("catalog.error.item.limit.range", MAX_LIMIT_DAYS));
        }
    }

    private static boolean longer(String value, int max) {
        return value != null && value.trim().length() > max;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void refuseIf(Map<ServiceItemField, String> errors) {
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }
}
