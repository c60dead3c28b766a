package org.onewindow.catalog.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.catalog.CatalogAdminService;
import org.onewindow.catalog.CatalogEntry;
import org.onewindow.catalog.CatalogSpreadsheetService;
import org.onewindow.catalog.ItemKind;
import org.onewindow.catalog.ItemState;
import org.onewindow.catalog.MaterialRequirement;
import org.onewindow.catalog.ServiceItem;
import org.onewindow.catalog.ServiceItemDraft;
import org.onewindow.catalog.ServiceItemField;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

/** The catalog editors' list and item editor: lazy rows in the reader's language, actions, versions, field errors. */
class CatalogListViewTest {

    private static final Department AMR = new Department("AMR", "市场监督管理局", "Market Regulation Bureau", true);
    private static final Department HEALTH = new Department("HEALTH", "卫生健康委员会", "Health Commission", true);
    private static final CatalogEntry FOOD = new CatalogEntry("AMR-002", 2, ItemState.DRAFT, "食品经营许可证核发",
            "Food business licence", ItemKind.PROMISED, 1, "AMR", 20, 10);
    private static final CatalogEntry CARD = new CatalogEntry("HRSS-001", 1, ItemState.PUBLISHED, "社会保障卡补换",
            "Social security card replacement", ItemKind.INSTANT, 1, "HRSS", 5, 0);
    private static final ServiceItem FOOD_V1 = new ServiceItem("AMR-002", 1, ItemState.PUBLISHED, "食品经营许可证核发",
            "Food business licence", ItemKind.PROMISED, 20, 10, "AMR", List.of("HEALTH"),
            List.of(new MaterialRequirement("营业执照", "Business licence", true, false, 1)), true, "指南", "Guide", false);

    private final CatalogAdminService admin = mock(CatalogAdminService.class);
    private final DirectoryService directory = mock(DirectoryService.class);

    @BeforeEach
    void open() {
        MockVaadin.setup();
        when(directory.departments()).thenReturn(List.of(AMR, HEALTH));
        when(directory.activeDepartments()).thenReturn(List.of(AMR, HEALTH));
        when(directory.departmentName(any(), any())).thenAnswer(call -> "AMR".equals(call.getArgument(0))
                ? AMR.name(call.getArgument(1)) : call.getArgument(0));
        when(admin.page(any(), any())).thenAnswer(call -> {
            PageRequest page = call.getArgument(1);
            List<CatalogEntry> all = List.of(FOOD, CARD);
            return all.subList(Math.min(page.offset(), all.size()), Math.min(page.offset() + page.limit(), all.size()));
        });
        when(admin.count(any())).thenReturn(2L);
        when(admin.versions("AMR-002")).thenReturn(List.of(draftV2(), FOOD_V1));
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private static ServiceItem draftV2() {
        return new ServiceItem("AMR-002", 2, ItemState.DRAFT, FOOD_V1.nameZh(), FOOD_V1.nameEn(), ItemKind.PROMISED, 20,
                8, "AMR", List.of("HEALTH"), FOOD_V1.materials(), true, "指南", "Guide", false);
    }

    @Test
    void listsItemsLazilyInTheReadersLanguageAndShowsTheSelectedItemsVersions() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        CatalogListView view = new CatalogListView(admin, directory, mock(CatalogSpreadsheetService.class));
        UI.getCurrent().add(view);

        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.grid, 0, "name")).isEqualTo("食品经营许可证核发");
        assertThat(GridKt._getFormatted(view.grid, 0, "state")).isEqualTo("草稿 v2");
        assertThat(GridKt._getFormatted(view.grid, 0, "current")).isEqualTo("v1");
        assertThat(GridKt._getFormatted(view.grid, 0, "lead")).isEqualTo("市场监督管理局");
        assertThat(GridKt._getFormatted(view.grid, 0, "limits")).isEqualTo("承诺 10 个工作日 / 法定 20 个工作日");
        assertThat(GridKt._getFormatted(view.grid, 1, "kind")).isEqualTo("即办件");
        verify(admin, atLeastOnce()).page(any(), argThat((PageRequest page) -> page.offset() == 0));
        assertThat(view.publish.isEnabled()).isFalse();

        view.grid.select(FOOD);
        assertThat(view.publish.isEnabled()).isTrue();
        assertThat(view.newVersion.isEnabled()).isFalse();
        assertThat(view.retire.isEnabled()).isTrue();
        assertThat(GridKt._size(view.versions)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.versions, 1, "state")).isEqualTo("已发布");

        // Filters go to the service's query.
        _setValue(view.text, "食品");
        GridKt._size(view.grid);
        verify(admin, atLeastOnce()).count(argThat(filter -> filter != null && "食品".equals(filter.text())));
    }

    /**
     * Issue 17: at 1,400 px the names were cut while the kind took the room. The name grows three times as much as the
     * lead department, the short columns are as wide as their text, and cut or shortened text has a tooltip.
     */
    @Test
    void theNameTakesTheRoomAndCutTextHasATooltip() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        CatalogListView view = new CatalogListView(admin, directory, mock(CatalogSpreadsheetService.class));
        UI.getCurrent().add(view);

        Grid.Column<CatalogEntry> name = view.grid.getColumnByKey("name");
        assertThat(name.getFlexGrow()).isEqualTo(3);
        assertThat(view.grid.getColumnByKey("lead").getFlexGrow()).isEqualTo(1);
        assertThat(view.grid.getColumnByKey("code").getFlexGrow()).isZero();
        assertThat(view.grid.getColumnByKey("code").getWidth()).isEqualTo("9em");
        for (String shortColumn : List.of("kind", "state", "current", "limits")) {
            Grid.Column<CatalogEntry> column = view.grid.getColumnByKey(shortColumn);
            assertThat(column.isAutoWidth()).as(shortColumn).isTrue();
            assertThat(column.getFlexGrow()).as(shortColumn).isZero();
        }
        assertThat(name.getTooltipGenerator()).isNotNull();
        assertThat(view.grid.getColumnByKey("name").getTooltipGenerator().apply(FOOD)).isEqualTo("食品经营许可证核发");
        assertThat(view.grid.getColumnByKey("kind").getTooltipGenerator().apply(CARD)).isEqualTo("即办件（窗口当场办结）");
        assertThat(view.grid.getColumnByKey("lead").getTooltipGenerator().apply(FOOD)).isEqualTo("市场监督管理局");
    }

    @Test
    void publishingAnIncompleteDraftSaysWhyOnTheMessageLine() {
        CatalogListView view = new CatalogListView(admin, directory, mock(CatalogSpreadsheetService.class));
        UI.getCurrent().add(view);
        view.grid.select(FOOD);
        when(admin.publish("AMR-002")).thenThrow(InvalidInputException.of(Map.of(ServiceItemField.MATERIALS,
                "An item without materials cannot be published: list at least one material the citizen brings.")));
        _click(view.publish);
        assertThat(view.message.isVisible()).isTrue();
        assertThat(view.message.getText()).isEqualTo("AMR-002 cannot be published yet: An item without materials "
                + "cannot be published: list at least one material the citizen brings.");
    }

    @Test
    void theEditorSendsTheDraftAsTypedAndShowsErrorsUnderFieldsAndRowsOnTheMessageLine() {
        CatalogItemView editor = new CatalogItemView(admin, directory);
        UI.getCurrent().add(editor);
        editor.setParameter(null, "AMR-002");
        assertThat(editor.nameZh.getValue()).isEqualTo("食品经营许可证核发");
        assertThat(editor.promised.getValue()).isEqualTo(8);
        assertThat(editor.code.isReadOnly()).isTrue();
        assertThat(editor.collaborating.getValue()).containsExactly("HEALTH");
        assertThat(editor.materials.rows()).hasSize(1);
        assertThat(editor.status.getText()).isEqualTo("Editing draft v2: not offered until it is published.");

        _setValue(editor.promised, 0);
        _click(editor.materials.add);
        assertThat(editor.materials.getValue()).hasSize(2);
        when(admin.save(any(), any())).thenThrow(InvalidInputException.of(Map.of(
                ServiceItemField.PROMISED_LIMIT_DAYS, "A time limit of 0 is not possible for a promised item.",
                ServiceItemField.MATERIALS, "Material row 2: give its name in Chinese and in English.")));
        _click(editor.publish);

        verify(admin).save(org.mockito.ArgumentMatchers.eq("AMR-002"),
                argThat((ServiceItemDraft draft) -> draft.promisedLimitDays() == 0 && draft.materials().size() == 2
                        && draft.collaboratingDepartmentCodes().equals(List.of("HEALTH"))));
        assertThat(editor.promised.isInvalid()).isTrue();
        assertThat(editor.promised.getErrorMessage())
                .isEqualTo("A time limit of 0 is not possible for a promised item.");
        assertThat(editor.message.isVisible()).isTrue();
        assertThat(editor.message.getText()).isEqualTo("Material row 2: give its name in Chinese and in English.");
    }

    @Test
    void aNewItemStartsEmptyWithItsCodeOpen() {
        CatalogItemView editor = new CatalogItemView(admin, directory);
        UI.getCurrent().add(editor);
        editor.setParameter(null, CatalogItemView.NEW);
        assertThat(editor.code.isReadOnly()).isFalse();
        assertThat(editor.kind.getValue()).isEqualTo(ItemKind.PROMISED);
        _setValue(editor.kind, ItemKind.INSTANT);
        assertThat(editor.promised.isEnabled()).isFalse();
        TextField code = editor.code;
        _setValue(code, "AMR-009");
        when(admin.create(any())).thenReturn(new ServiceItem("AMR-009", 1, ItemState.DRAFT, "", "", ItemKind.INSTANT, 0,
                0, null, List.of(), List.of(), true, null, null, false));
        _click(editor.save);
        verify(admin).create(argThat((ServiceItemDraft draft) -> draft.code().equals("AMR-009")
                && draft.kind() == ItemKind.INSTANT));
        assertThat(editor.code.isReadOnly()).isTrue();
    }
}
