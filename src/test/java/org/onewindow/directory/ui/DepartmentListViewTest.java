package org.onewindow.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.directory.Department;
import org.onewindow.directory.DepartmentField;
import org.onewindow.directory.DepartmentNames;
import org.onewindow.directory.DepartmentOverview;
import org.onewindow.directory.DepartmentService;
import org.onewindow.directory.NewDepartment;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The administrators' departments: opened and renamed in a form, deactivated after a confirmation; both languages. */
class DepartmentListViewTest {

    private static final Department AMR = new Department("AMR", "市场监督管理局", "Market Regulation Bureau", true);
    private static final Department FIRE = new Department("FIRE", "消防救援大队", "Fire and Rescue Brigade", false);

    private final DepartmentService departments = mock(DepartmentService.class);
    private DepartmentListView view;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        when(departments.overview())
                .thenReturn(List.of(new DepartmentOverview(AMR, 2), new DepartmentOverview(FIRE, 0)));
        view = new DepartmentListView(departments);
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    /** A button of a row's actions. */
    private static Button action(DepartmentListView view, int row, String id) {
        return GridKt._getCellComponent(view.grid, row, "actions").getChildren().map(Button.class::cast)
                .filter(button -> button.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listsEveryDepartmentWithBothNamesStateAndStaff() {
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.grid, 0, "code")).isEqualTo("AMR");
        assertThat(GridKt._getFormatted(view.grid, 0, "nameZh")).isEqualTo("市场监督管理局");
        assertThat(GridKt._getFormatted(view.grid, 0, "nameEn")).isEqualTo("Market Regulation Bureau");
        assertThat(GridKt._getFormatted(view.grid, 0, "active")).isEqualTo("Active");
        assertThat(GridKt._getFormatted(view.grid, 0, "staff")).isEqualTo("2");
        assertThat(GridKt._getFormatted(view.grid, 1, "active")).isEqualTo("Inactive");
        assertThat(action(view, 0, "department-deactivate-AMR").getText())
                .isEqualTo("Deactivate");
        assertThat(action(view, 1, "department-reactivate-FIRE").getText())
                .isEqualTo("Reactivate");
    }

    @Test
    void aNewDepartmentIsSentAsTypedAndARefusalMarksItsFields() {
        _click(view.create);
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("department-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("New department");
        TextField code = _get(dialog, TextField.class, spec -> spec.withId("department-code"));
        assertThat(code.getMaxLength()).isEqualTo(NewDepartment.MAX_CODE_LENGTH);
        _setValue(code, "amr");
        assertThat(code.getValue()).isEqualTo("AMR");
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("department-name-zh")), "市场监管");
        when(departments.create(new NewDepartment("AMR", "市场监管", ""))).thenThrow(InvalidInputException.of(Map.of(
                DepartmentField.CODE, "There is already a department with the code AMR; choose another code.",
                DepartmentField.NAME_EN, "Give the department's English name.")));
        _click(_get(dialog, Button.class, spec -> spec.withId("department-save")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage())
                .isEqualTo("There is already a department with the code AMR; choose another code.");
        TextField nameEn = _get(dialog, TextField.class, spec -> spec.withId("department-name-en"));
        assertThat(nameEn.getErrorMessage()).isEqualTo("Give the department's English name.");

        Department audit = new Department("AUDIT", "审计局", "Audit Bureau", true);
        when(departments.create(new NewDepartment("AUDIT", "审计局", "Audit Bureau"))).thenReturn(audit);
        when(departments.overview()).thenReturn(List.of(new DepartmentOverview(AMR, 2),
                new DepartmentOverview(audit, 0), new DepartmentOverview(FIRE, 0)));
        _setValue(code, "AUDIT");
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("department-name-zh")), "审计局");
        _setValue(nameEn, "Audit Bureau");
        _click(_get(dialog, Button.class, spec -> spec.withId("department-save")));

        assertThat(dialog.isOpened()).isFalse();
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._getFormatted(view.grid, 1, "nameZh")).isEqualTo("审计局");
    }

    @Test
    void editingRenamesInBothLanguages() {
        _click(action(view, 0, "department-edit-AMR"));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("department-dialog"));
        TextField nameEn = _get(dialog, TextField.class, spec -> spec.withId("department-name-en"));
        assertThat(nameEn.getValue()).isEqualTo("Market Regulation Bureau");
        _setValue(nameEn, "Administration for Market Regulation");
        when(departments.rename("AMR", new DepartmentNames("市场监督管理局", "Administration for Market Regulation")))
                .thenReturn(new Department("AMR", "市场监督管理局", "Administration for Market Regulation", true));
        _click(_get(dialog, Button.class, spec -> spec.withId("department-save")));

        verify(departments).rename("AMR", new DepartmentNames("市场监督管理局", "Administration for Market Regulation"));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void deactivatingAsksFirstAndShowsWhyItIsRefused() {
        _click(action(view, 0, "department-deactivate-AMR"));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("department-deactivate-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Deactivate Market Regulation Bureau?");
        _click(_get(Button.class, spec -> spec.withId("department-deactivate-cancel")));
        verify(departments, never()).deactivate("AMR");

        when(departments.deactivate("AMR")).thenThrow(new BusinessRuleException("Market Regulation Bureau cannot be "
                + "deactivated yet. It leads 3 service items (AMR-001, AMR-002, AMR-003); give them another lead "
                + "department first."));
        _click(action(view, 0, "department-deactivate-AMR"));
        Dialog again = _get(Dialog.class, spec -> spec.withId("department-deactivate-dialog"));
        _click(_get(again, Button.class, spec -> spec.withId("department-deactivate-confirm")));

        assertThat(again.isOpened()).isTrue();
        Paragraph message = _get(again, Paragraph.class, spec -> spec.withId("department-deactivate-message"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getClassNames()).contains("form-message");
        assertThat(message.getText()).startsWith("Market Regulation Bureau cannot be deactivated yet. It leads 3");
    }

    @Test
    void reactivatingAnInactiveDepartment() {
        when(departments.reactivate("FIRE"))
                .thenReturn(new Department("FIRE", "消防救援大队", "Fire and Rescue Brigade", true));
        when(departments.overview()).thenReturn(List.of(new DepartmentOverview(AMR, 2),
                new DepartmentOverview(new Department("FIRE", "消防救援大队", "Fire and Rescue Brigade", true), 0)));
        _click(action(view, 1, "department-reactivate-FIRE"));
        _click(_get(Button.class, spec -> spec.withId("department-reactivate-confirm")));

        verify(departments).reactivate("FIRE");
        assertThat(GridKt._getFormatted(view.grid, 1, "active")).isEqualTo("Active");
    }

    @Test
    void screenInChinese() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        DepartmentListView chinese = new DepartmentListView(departments);
        UI.getCurrent().add(chinese);

        assertThat(chinese.getPageTitle()).isEqualTo("部门管理 | 一窗通办");
        assertThat(chinese.create.getText()).isEqualTo("新建部门");
        assertThat(GridKt._getFormatted(chinese.grid, 0, "active")).isEqualTo("启用");
        assertThat(GridKt._getFormatted(chinese.grid, 1, "active")).isEqualTo("已停用");
        _click(action(chinese, 0, "department-deactivate-AMR"));
        assertThat(_get(Dialog.class, spec -> spec.withId("department-deactivate-dialog")).getHeaderTitle())
                .isEqualTo("停用市场监督管理局？");
    }
}
