package org.onewindow.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.directory.Department;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.PasswordField;
import org.onewindow.directory.StaffAccount;
import org.onewindow.directory.StaffAccountField;
import org.onewindow.directory.StaffAccountRow;
import org.onewindow.directory.StaffAccountService;
import org.onewindow.directory.StaffDeactivation;
import org.onewindow.directory.StaffFilter;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.ui.HallDates;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/** The administrators' staff accounts: a lazy, filtered list; a bilingual form; deactivation that says what it did. */
class StaffListViewTest {

    private static final Department AMR = new Department("AMR", "市场监督管理局", "Market Regulation Bureau", true);
    private static final Department HALL = new Department("HALL", "政务服务中心", "Government Service Centre", true);
    private static final StaffMember WANG = new StaffMember("wang.fang", "王芳", Set.of(AppRoles.CASE_WORKER,
            AppRoles.DEPT_HEAD), Set.of("AMR"), true, "wang.fang@example.gov.cn", Translations.CHINESE, "Wang Fang",
            "13800138000");
    private static final StaffMember LI = new StaffMember("li.na", "李娜", Set.of(AppRoles.FRONT_DESK),
            Set.of("HALL"), false, null, Translations.ENGLISH, "Li Na", null);
    private static final String PASSWORD = "Lotus pond at dawn 7";

    private final StaffAccountService accounts = mock(StaffAccountService.class);
    private final DirectoryService directory = mock(DirectoryService.class);
    private StaffListView view;

    @BeforeEach
    void open() {
        MockVaadin.setup();
        when(directory.departments()).thenReturn(List.of(AMR, HALL));
        when(directory.department("AMR")).thenReturn(Optional.of(AMR));
        when(directory.department("HALL")).thenReturn(Optional.of(HALL));
        when(directory.departmentName(any(), any())).thenCallRealMethod();
        List<StaffAccountRow> rows = List.of(StaffAccountRow.of(WANG, Instant.parse("2026-12-01T01:30:00Z")),
                StaffAccountRow.of(LI, null));
        // A page as the database gives it: the grid asks for as many rows as it shows.
        when(accounts.search(any(), any())).thenAnswer(call -> {
            PageRequest page = call.getArgument(1);
            return rows.subList(Math.min(page.offset(), rows.size()),
                    Math.min(page.offset() + page.limit(), rows.size()));
        });
        when(accounts.count(any())).thenReturn(2L);
        view = new StaffListView(accounts, directory, new HallDates(Clock.systemUTC()));
        UI.getCurrent().add(view);
    }

    @AfterEach
    void close() {
        MockVaadin.tearDown();
    }

    private static Button action(StaffListView view, int row, String id) {
        return GridKt._getCellComponent(view.grid, row, "actions").getChildren().map(Button.class::cast)
                .filter(button -> button.getId().orElse("").equals(id)).findFirst().orElseThrow();
    }

    @Test
    void listsAccountsPageByPageWithNamesRolesAndDepartmentsInTheReadersLanguage() {
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormatted(view.grid, 0, "username")).isEqualTo("wang.fang");
        assertThat(GridKt._getFormatted(view.grid, 0, "name")).isEqualTo("Wang Fang");
        assertThat(GridKt._getFormatted(view.grid, 0, "departments")).isEqualTo("Market Regulation Bureau");
        assertThat(GridKt._getFormatted(view.grid, 0, "roles")).isEqualTo("Case worker, Department head");
        assertThat(GridKt._getFormatted(view.grid, 0, "active")).isEqualTo("Active");
        assertThat(GridKt._getFormatted(view.grid, 1, "lastSignIn")).isEqualTo("Never");
        assertThat(GridKt._getFormatted(view.grid, 1, "active")).isEqualTo("Inactive");
        assertThat(action(view, 1, "staff-reactivate-li.na").getText()).isEqualTo("Reactivate");
        verify(accounts, atLeastOnce()).search(eq(StaffFilter.all()), any(PageRequest.class));
    }

    @Test
    void theFiltersAreSentToTheService() {
        _setValue(view.text, "wang");
        view.role.setValue(AppRoles.DEPT_HEAD);
        view.department.setValue(AMR);
        view.state.setValue(Boolean.TRUE);
        GridKt._size(view.grid);

        verify(accounts).count(new StaffFilter("wang", "AMR", AppRoles.DEPT_HEAD, true));
    }

    @Test
    void aNewAccountIsSentAsTypedAndARefusalMarksItsFields() {
        _click(view.create);
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("staff-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("New staff account");
        TextField username = _get(dialog, TextField.class, spec -> spec.withId("staff-username"));
        _setValue(username, "Wang.Fang");
        assertThat(username.getValue()).isEqualTo("wang.fang");
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("staff-name-zh")), "王芳");
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("staff-name-en")), "Wang Fang");
        _setValue(_get(dialog, TextField.class, spec -> spec.withId("staff-mobile")), "13800138000");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> roles = _get(dialog, MultiSelectComboBox.class,
                spec -> spec.withId("staff-roles"));
        roles.setValue(Set.of(AppRoles.CASE_WORKER));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> departments = _get(dialog, MultiSelectComboBox.class,
                spec -> spec.withId("staff-departments"));
        departments.setValue(Set.of("AMR"));
        _setValue(_get(dialog, com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withId("staff-temporary-password")), PASSWORD);
        StaffAccount typed = new StaffAccount("wang.fang", "王芳", "Wang Fang", "13800138000", "",
                Translations.CHINESE, Set.of(AppRoles.CASE_WORKER), Set.of("AMR"), PASSWORD);
        when(accounts.create(typed)).thenThrow(InvalidInputException.of(Map.of(StaffAccountField.USERNAME,
                "There is already an account named wang.fang; choose another user name.")));
        _click(_get(dialog, Button.class, spec -> spec.withId("staff-save")));

        assertThat(dialog.isOpened()).isTrue();
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage())
                .isEqualTo("There is already an account named wang.fang; choose another user name.");

        org.mockito.Mockito.doReturn(WANG).when(accounts).create(typed);
        _click(_get(dialog, Button.class, spec -> spec.withId("staff-save")));
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void editingKeepsTheUserNameAndShowsAnUnplacedRefusalOnTheMessageLine() {
        _click(action(view, 0, "staff-edit-wang.fang"));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("staff-dialog"));
        TextField username = _get(dialog, TextField.class, spec -> spec.withId("staff-username"));
        assertThat(username.isReadOnly()).isTrue();
        assertThat(((StaffAccountDialog) dialog).temporaryPassword.isVisible()).isFalse();
        TextField nameEn = _get(dialog, TextField.class, spec -> spec.withId("staff-name-en"));
        assertThat(nameEn.getValue()).isEqualTo("Wang Fang");
        _setValue(nameEn, "Fang Wang");
        StaffAccount edited = new StaffAccount("wang.fang", "王芳", "Fang Wang", "13800138000",
                "wang.fang@example.gov.cn", Translations.CHINESE, WANG.roles(), Set.of("AMR"), "");
        when(accounts.edit("wang.fang", edited)).thenThrow(new BusinessRuleException(
                "wang.fang is the last active administrator and keeps the administrator role."));
        _click(_get(dialog, Button.class, spec -> spec.withId("staff-save")));

        Paragraph message = _get(dialog, Paragraph.class, spec -> spec.withId("staff-form-message"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).startsWith("wang.fang is the last active administrator");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void deactivatingAsksFirstAndSaysWhatWasHandedOver() {
        _click(action(view, 0, "staff-deactivate-wang.fang"));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("staff-deactivate-dialog"));
        assertThat(dialog.getHeaderTitle()).isEqualTo("Deactivate the account wang.fang?");
        _click(_get(Button.class, spec -> spec.withId("staff-deactivate-cancel")));
        verify(accounts, never()).deactivate("wang.fang");

        when(accounts.deactivate("wang.fang")).thenReturn(new StaffDeactivation(WANG, List.of(
                "2 steps claimed by wang.fang went back to their departments' queues.",
                "Market Regulation Bureau has no other active department head now.")));
        _click(action(view, 0, "staff-deactivate-wang.fang"));
        Dialog again = _get(Dialog.class, spec -> spec.withId("staff-deactivate-dialog"));
        _click(_get(again, Button.class, spec -> spec.withId("staff-deactivate-confirm")));

        assertThat(again.isOpened()).isTrue();
        assertThat(_get(again, Div.class, spec -> spec.withId("staff-deactivate-notes")).getChildren()
                .map(note -> ((Paragraph) note).getText())).containsExactly(
                        "2 steps claimed by wang.fang went back to their departments' queues.",
                        "Market Regulation Bureau has no other active department head now.");
        assertThat(_get(again, Button.class, spec -> spec.withId("staff-deactivate-cancel")).getText())
                .isEqualTo("Close");
    }

    @Test
    void aRefusedDeactivationStaysInTheDialog() {
        when(accounts.deactivate("wang.fang")).thenThrow(
                new BusinessRuleException("You cannot deactivate your own account; another administrator can."));
        _click(action(view, 0, "staff-deactivate-wang.fang"));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("staff-deactivate-dialog"));
        _click(_get(dialog, Button.class, spec -> spec.withId("staff-deactivate-confirm")));

        Paragraph message = _get(dialog, Paragraph.class, spec -> spec.withId("staff-deactivate-message"));
        assertThat(message.isVisible()).isTrue();
        assertThat(message.getText()).isEqualTo("You cannot deactivate your own account; another administrator can.");
    }

    @Test
    void aWeakTemporaryPasswordIsRefusedOnItsField() {
        _click(action(view, 0, "staff-password-wang.fang"));
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("staff-password-dialog"));
        var password = _get(dialog, com.vaadin.flow.component.textfield.PasswordField.class,
                spec -> spec.withId("staff-password-value"));
        _setValue(password, "short");
        org.mockito.Mockito.doThrow(InvalidInputException.of(Map.of(PasswordField.NEW_PASSWORD,
                "The password must be at least 12 characters long."))).when(accounts)
                .setTemporaryPassword("wang.fang", "short");
        _click(_get(dialog, Button.class, spec -> spec.withId("staff-password-save")));

        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password must be at least 12 characters long.");
        assertThat(dialog.isOpened()).isTrue();

        _setValue(password, PASSWORD);
        _click(_get(dialog, Button.class, spec -> spec.withId("staff-password-save")));
        verify(accounts).setTemporaryPassword("wang.fang", PASSWORD);
        assertThat(dialog.isOpened()).isFalse();
    }

    @Test
    void screenInChinese() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        StaffListView chinese = new StaffListView(accounts, directory, new HallDates(Clock.systemUTC()));
        UI.getCurrent().add(chinese);

        assertThat(chinese.getPageTitle()).isEqualTo("工作人员账号 | 一窗通办");
        assertThat(GridKt._getFormatted(chinese.grid, 0, "name")).isEqualTo("王芳");
        assertThat(GridKt._getFormatted(chinese.grid, 0, "departments")).isEqualTo("市场监督管理局");
        assertThat(GridKt._getFormatted(chinese.grid, 0, "roles")).isEqualTo("承办人员, 部门负责人");
        assertThat(GridKt._getFormatted(chinese.grid, 1, "active")).isEqualTo("停用");
    }
}
