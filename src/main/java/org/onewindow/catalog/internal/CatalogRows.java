package org.onewindow.catalog.internal;

import static org.onewindow.catalog.internal.CatalogSheets.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItemDraft;
import org.onewindow.catalog.ServiceItemField;
import org.onewindow.catalog.internal.ServiceItemValidator.MaterialPart;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.TableRow;

/**
 * Turns the rows of the catalog workbook into drafts, and says what is wrong with them on the row and column where
 * the person finds it: first what only the file can say (a code twice, a material of an unknown item, an item
 * without materials, a cell that is not a number or a known word), then {@link ServiceItemValidator}'s full check
 * of a publishable version, its field errors placed on the item's column and its material errors on the material's
 * own row.
 */
final class CatalogRows {

    /** One item of the workbook: its row on the items sheet and what it says, checked. */
    record ItemRow(TableRow row, ServiceItemDraft draft) {
    }

    private static final Map<ServiceItemField, String> COLUMNS = Map.ofEntries(Map.entry(ServiceItemField.CODE, CODE),
            Map.entry(ServiceItemField.NAME_ZH, NAME_ZH), Map.entry(ServiceItemField.NAME_EN, NAME_EN),
            Map.entry(ServiceItemField.KIND, KIND), Map.entry(ServiceItemField.LEGAL_LIMIT_DAYS, LEGAL),
            Map.entry(ServiceItemField.PROMISED_LIMIT_DAYS, PROMISED),
            Map.entry(ServiceItemField.LEAD_DEPARTMENT_CODE, LEAD),
            Map.entry(ServiceItemField.COLLABORATING_DEPARTMENT_CODES, COLLABORATING),
            Map.entry(ServiceItemField.MATERIALS, CODE), Map.entry(ServiceItemField.ONLINE_APPLICATION, ONLINE),
            Map.entry(ServiceItemField.GUIDE_ZH, GUIDE_ZH), Map.entry(ServiceItemField.GUIDE_EN, GUIDE_EN),
            Map.entry(ServiceItemField.AT_MOST_ONE_VISIT, ONE_VISIT));

    private final ServiceItemValidator validator;

    CatalogRows(ServiceItemValidator validator) {
        this.validator = validator;
    }

    /**
     * The items, each with its materials, in the items sheet's order; every problem is added to {@code problems}
     * (an item with a problem is left out).
     */
    List<ItemRow> check(List<TableRow> itemLines, List<TableRow> materialLines, Set<String> activeDepartments,
            List<ImportProblem> problems) {
        Map<String, TableRow> firstRowOf = new HashMap<>();
        for (TableRow line : itemLines) {
            String code = line.get(CODE);
            if (!code.isEmpty() && firstRowOf.putIfAbsent(code, line) != null) {
                problems.add(line.problem(CODE, Translations.current("catalog.import.error.duplicateCode", code,
                        firstRowOf.get(code).row())));
            }
        }
        Map<String, List<Material>> materialsOf = materials(materialLines, firstRowOf.keySet(), problems);
        // An item whose material rows are all wrong is blamed for those rows, not for having none.
        Set<String> named = new HashSet<>();
        materialLines.forEach(line -> named.add(line.get(ITEM_CODE)));
        List<ItemRow> items = new ArrayList<>();
        for (TableRow line : itemLines) {
            String code = line.get(CODE);
            if (!code.isEmpty() && firstRowOf.get(code) != line) {
                continue;
            }
            List<Material> materials = materialsOf.getOrDefault(code, List.of());
            int before = problems.size();
            if (materials.isEmpty() && !code.isEmpty() && !named.contains(code)) {
                problems.add(line.problem(CODE, Translations.current("catalog.error.item.materials.none")));
            }
            ServiceItemDraft draft = draft(line, materials, problems);
            if (problems.size() == before) {
                validate(line, draft, materials, activeDepartments, problems);
            }
            if (problems.size() == before) {
                items.add(new ItemRow(line, draft));
            }
        }
        return items;
    }

    /** A material row, read. */
    private record Material(TableRow row, Integer position, MaterialRequirement requirement) {
    }

    private static Map<String, List<Material>> materials(List<TableRow> lines, Set<String> itemCodes,
            List<ImportProblem> problems) {
        Map<String, List<Material>> byItem = new LinkedHashMap<>();
        for (TableRow line : lines) {
            String code = line.get(ITEM_CODE);
            if (code.isEmpty()) {
                problems.add(line.problem(ITEM_CODE, Translations.current("catalog.import.error.itemCodeMissing")));
                continue;
            }
            if (!itemCodes.contains(code)) {
                problems.add(line.problem(ITEM_CODE, Translations.current("catalog.import.error.unknownItem", code)));
                continue;
            }
            int before = problems.size();
            Integer position = number(line, POSITION, problems);
            Integer copies = line.isEmpty(COPIES) ? Integer.valueOf(1) : number(line, COPIES, problems);
            Boolean required = line.isEmpty(REQUIRED) ? Boolean.TRUE
                    : word(line, REQUIRED, CatalogSheets.required(line.get(REQUIRED)), "catalog.import.error.required",
                            problems);
            Boolean original = line.isEmpty(ORIGINAL) ? Boolean.FALSE
                    : word(line, ORIGINAL, CatalogSheets.original(line.get(ORIGINAL)), "catalog.import.error.original",
                            problems);
            if (problems.size() == before) {
                byItem.computeIfAbsent(code, key -> new ArrayList<>()).add(new Material(line, position,
                        new MaterialRequirement(line.get(MATERIAL_ZH), line.get(MATERIAL_EN), required, original,
                                copies)));
            }
        }
        // The position orders an item's materials; rows without one keep their place after those with one.
        Comparator<Material> order = Comparator.comparing(Material::position,
                Comparator.nullsLast(Comparator.naturalOrder()));
        byItem.values().forEach(materials -> materials.sort(order));
        return byItem;
    }

    private static ServiceItemDraft draft(TableRow line, List<Material> materials, List<ImportProblem> problems) {
        ItemKind kind = line.isEmpty(KIND) ? null
                : word(line, KIND, CatalogSheets.kind(line.get(KIND)), "catalog.import.error.kind", problems);
        Integer legal = number(line, LEGAL, problems);
        Integer promised = number(line, PROMISED, problems);
        boolean online = yesNo(line, ONLINE, problems);
        boolean oneVisit = yesNo(line, ONE_VISIT, problems);
        List<String> collaborating = line.isEmpty(COLLABORATING) ? List.of()
                : List.of(line.get(COLLABORATING).split("\\s*[;；,，]\\s*")).stream().map(String::trim)
                        .filter(code -> !code.isEmpty()).toList();
        return new ServiceItemDraft(line.get(CODE), line.get(NAME_ZH), line.get(NAME_EN), kind, legal,
                kind == ItemKind.INSTANT ? null : promised, line.get(LEAD), collaborating,
                materials.stream().map(Material::requirement).toList(), online, line.get(GUIDE_ZH),
                line.get(GUIDE_EN), oneVisit);
    }

    private void validate(TableRow line, ServiceItemDraft draft, List<Material> materials,
            Set<String> activeDepartments, List<ImportProblem> problems) {
        Map<ServiceItemField, String> errors = new LinkedHashMap<>();
        try {
            // The code's own rules (required, form, length); whether it exists decides new item or new version.
            validator.checkDraft(draft, code -> false);
        } catch (InvalidInputException refused) {
            collect(refused, errors);
        }
        try {
            validator.checkPublishable(draft, activeDepartments::contains);
        } catch (InvalidInputException refused) {
            collect(refused, errors);
        }
        boolean perMaterial = false;
        for (int i = 0; i < materials.size() && materials.size() <= ServiceItemDraft.MAX_MATERIALS; i++) {
            Material material = materials.get(i);
            Map<MaterialPart, String> found = validator.materialProblems(material.requirement(), i + 1);
            found.forEach((part, message) -> problems.add(material.row()
                    .problem(part == MaterialPart.COPIES ? COPIES : MATERIAL_ZH, message)));
            perMaterial |= !found.isEmpty();
        }
        for (Map.Entry<ServiceItemField, String> error : errors.entrySet()) {
            ServiceItemField field = error.getKey();
            if (field == ServiceItemField.MATERIALS && perMaterial) {
                continue;
            }
            problems.add(line.problem(COLUMNS.getOrDefault(field, CODE), error.getValue()));
        }
    }

    private static void collect(InvalidInputException refused, Map<ServiceItemField, String> errors) {
        for (ServiceItemField field : ServiceItemField.values()) {
            String message = refused.errorFor(field);
            if (message != null) {
                errors.putIfAbsent(field, message);
            }
        }
    }

    private static Integer number(TableRow line, String key, List<ImportProblem> problems) {
        String cell = line.get(key);
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException e) {
            problems.add(line.problem(key, Translations.current("catalog.import.error.number", cell)));
            return null;
        }
    }

    private static boolean yesNo(TableRow line, String key, List<ImportProblem> problems) {
        if (line.isEmpty(key)) {
            return false;
        }
        Boolean value = word(line, key, CatalogSheets.yesNo(line.get(key)), "catalog.import.error.yesNo", problems);
        return Boolean.TRUE.equals(value);
    }

    private static <T> T word(TableRow line, String key, T value, String message, List<ImportProblem> problems) {
        if (value == null) {
            problems.add(line.problem(key, Translations.current(message, line.get(key))));
        }
        return value;
    }
}
