package org.onewindow.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.internal.CatalogRows.ItemRow;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.TableRow;

/** A row of each sheet becomes a draft; what is wrong lands on its sheet, row and column. */
class CatalogRowsTest {

    private static final Set<String> ACTIVE = Set.of("AMR", "HEALTH");
    private final CatalogRows rows = new CatalogRows(new ServiceItemValidator());

    private static TableRow item(int row, String code, String kind, String legal, String promised, String lead,
            String collaborating) {
        Map<String, String> values = new HashMap<>(Map.of(CatalogSheets.CODE, code, CatalogSheets.NAME_ZH, "食品经营许可",
                CatalogSheets.NAME_EN, "Food licence", CatalogSheets.KIND, kind, CatalogSheets.LEGAL, legal,
                CatalogSheets.PROMISED, promised, CatalogSheets.LEAD, lead, CatalogSheets.COLLABORATING,
                collaborating, CatalogSheets.ONLINE, "是", CatalogSheets.ONE_VISIT, "no"));
        return new TableRow("f › 事项 Items", row, values, headers(values));
    }

    private static TableRow material(int row, String code, String position, String required, String original,
            String copies) {
        Map<String, String> values = Map.of(CatalogSheets.ITEM_CODE, code, CatalogSheets.POSITION, position,
                CatalogSheets.MATERIAL_ZH, "营业执照" + position, CatalogSheets.MATERIAL_EN, "Licence " + position,
                CatalogSheets.REQUIRED, required, CatalogSheets.ORIGINAL, original, CatalogSheets.COPIES, copies);
        return new TableRow("f › 材料 Materials", row, values, headers(values));
    }

    private static Map<String, String> headers(Map<String, String> values) {
        Map<String, String> headers = new HashMap<>();
        values.keySet().forEach(key -> headers.put(key, "H:" + key));
        return headers;
    }

    @Test
    void aRowAndItsMaterialsBecomeADraftInTheGivenOrder() {
        List<ImportProblem> problems = new ArrayList<>();
        List<ItemRow> items = rows.check(List.of(item(2, "AMR-009", "承诺件", "20", "10", "AMR", "HEALTH")),
                List.of(material(2, "AMR-009", "2", "可选", "COPY", "2"),
                        material(3, "AMR-009", "1", "必要", "原件", "")),
                ACTIVE, problems);
        assertThat(problems).isEmpty();
        var draft = items.get(0).draft();
        assertThat(draft.kind()).isEqualTo(ItemKind.PROMISED);
        assertThat(draft.legalLimitDays()).isEqualTo(20);
        assertThat(draft.collaboratingDepartmentCodes()).containsExactly("HEALTH");
        assertThat(draft.onlineApplication()).isTrue();
        assertThat(draft.atMostOneVisit()).isFalse();
        assertThat(draft.materials()).containsExactly(
                new MaterialRequirement("营业执照1", "Licence 1", true, true, 1),
                new MaterialRequirement("营业执照2", "Licence 2", false, false, 2));
    }

    @Test
    void anInstantItemTakesTheEnglishWordAndNoPromisedLimit() {
        List<ImportProblem> problems = new ArrayList<>();
        List<ItemRow> items = rows.check(List.of(item(2, "AMR-010", "instant", "5", "", "AMR", "")),
                List.of(material(2, "AMR-010", "", "", "", "")), ACTIVE, problems);
        assertThat(problems).isEmpty();
        assertThat(items.get(0).draft().kind()).isEqualTo(ItemKind.INSTANT);
        assertThat(items.get(0).draft().promisedLimitDays()).isNull();
    }

    @Test
    void eachProblemIsOnItsSheetRowAndColumn() {
        List<ImportProblem> problems = new ArrayList<>();
        rows.check(List.of(item(2, "AMR-009", "承诺件", "20", "30", "AMR", ""), // promised over legal
                item(3, "AMR-010", "sometimes", "x", "", "AMR", ""), // unknown kind, not a number
                item(4, "AMR-011", "承诺件", "20", "10", "AMR", "NOWHERE")),
                List.of(material(2, "AMR-009", "1", "", "", "1"), material(3, "AMR-010", "1", "maybe", "", "1"),
                        material(4, "AMR-011", "1", "", "", "21")),
                ACTIVE, problems);
        assertThat(problems).extracting(ImportProblem::file, ImportProblem::row, ImportProblem::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("f › 事项 Items", 2, "H:promisedLimitDays"),
                        org.assertj.core.groups.Tuple.tuple("f › 材料 Materials", 3, "H:required"),
                        org.assertj.core.groups.Tuple.tuple("f › 事项 Items", 3, "H:kind"),
                        org.assertj.core.groups.Tuple.tuple("f › 事项 Items", 3, "H:legalLimitDays"),
                        org.assertj.core.groups.Tuple.tuple("f › 事项 Items", 4, "H:collaboratingDepartmentCodes"),
                        org.assertj.core.groups.Tuple.tuple("f › 材料 Materials", 4, "H:copies"));
    }
}
