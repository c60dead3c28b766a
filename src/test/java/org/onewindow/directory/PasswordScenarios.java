package org.onewindow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.audit.AuditFilter;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.BusinessRuleException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.security.PasswordChangeRequired;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Everyone changes their own password, proving it with the current one; an administrator gives someone a
 * temporary password, which opens nothing but the change-password view until it is changed (the API answers 403).
 * Each scenario uses accounts of its own.
 */
public abstract class PasswordScenarios {

    private static final String FIRST = "first-password-of-mine";
    private static final String GOOD = "Lotus pond at dawn 7";

    @Autowired
    MockMvc mvc;
    @Autowired
    DirectoryService directory;
    @Autowired
    PasswordService passwords;
    @Autowired
    Staff staff;
    @Autowired
    AdministrativeChanges auditLog;

    @Test
    void aWrongCurrentPasswordIsRefusedAndNothingChanges() throws Exception {
        String account = newAccount();
        InvalidInputException refused = catchRefusal(account,
                new PasswordChange("not-my-password", GOOD, GOOD));
        assertThat(refused.errorFor(PasswordField.CURRENT_PASSWORD)).isEqualTo("This is not your current password.");
        basic(account, FIRST).andExpect(status().isOk());
        basic(account, GOOD).andExpect(status().isUnauthorized());
    }

    @Test
    void aWeakOrMistypedNewPasswordIsRefusedWithItsReason() {
        String account = newAccount();
        assertThat(catchRefusal(account, new PasswordChange(FIRST, "short1", "short1"))
                .errorFor(PasswordField.NEW_PASSWORD)).isEqualTo("The password must be at least 12 characters long.");
        assertThat(catchRefusal(account, new PasswordChange(FIRST, "woaini1314520", "woaini1314520"))
                .errorFor(PasswordField.NEW_PASSWORD)).contains("most common");
        assertThat(catchRefusal(account, new PasswordChange(FIRST, "x" + account + "x", "x" + account + "x"))
                .errorFor(PasswordField.NEW_PASSWORD)).isEqualTo("The password must not contain the user name.");
        assertThat(catchRefusal(account, new PasswordChange(FIRST, GOOD, GOOD + "!"))
                .errorFor(PasswordField.REPEATED_PASSWORD)).contains("differ");
    }

    @Test
    void changingOnesOwnPasswordTakesEffectAtOnce() throws Exception {
        String account = newAccount();
        staff.run(account, () -> passwords.changeOwnPassword(new PasswordChange(FIRST, GOOD, GOOD)));
        basic(account, FIRST).andExpect(status().isUnauthorized());
        basic(account, GOOD).andExpect(status().isOk());
    }

    @Test
    void aTemporaryPasswordMustBeChangedOnScreenBeforeTheApiAnswers() throws Exception {
        String account = newAccount();
        String temporary = "Temporary key 4711 for you";
        staff.run("admin", () -> passwords.setTemporaryPassword(account, temporary));
        // The administrator's act is in the audit log, without the password.
        assertThat(staff.as("admin", () -> auditLog.search(
                new AuditFilter(AdminArea.ACCOUNTS, "admin", account, null, null), new PageRequest(0, 5))))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AdminAction.PASSWORD_SET);
                    assertThat(entry.after()).doesNotContain(temporary);
                });

        basic(account, temporary).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:password-change-required"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("change your password")));
        UserDetails signedIn = staff.details(account);
        assertThat(signedIn.getAuthorities()).extracting(Object::toString)
                .contains(PasswordChangeRequired.AUTHORITY);

        // Changing it on screen lifts the need at once, for this session too.
        boolean stillForced = staff.as(signedIn, () -> {
            assertThat(passwords.mustChangeOwnPassword()).isTrue();
            passwords.changeOwnPassword(new PasswordChange(temporary, GOOD, GOOD));
            return passwords.mustChangeOwnPassword() || PasswordChangeRequired
                    .appliesTo(SecurityContextHolder.getContext().getAuthentication());
        });
        assertThat(stillForced).isFalse();
        basic(account, GOOD).andExpect(status().isOk());
    }

    @Test
    void aTemporaryPasswordFollowsThePolicyAndIsForOthersOnly() {
        String account = newAccount();
        assertThatThrownBy(() -> staff.run("admin", () -> passwords.setTemporaryPassword(account, "123456789a")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.errorFor(PasswordField.NEW_PASSWORD)).isNotBlank());
        assertThatThrownBy(() -> staff.run("admin", () -> passwords.setTemporaryPassword("admin", GOOD)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("change your own password");
        assertThatThrownBy(() -> staff.run(account, () -> passwords.setTemporaryPassword("admin", GOOD)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private InvalidInputException catchRefusal(String account, PasswordChange change) {
        try {
            staff.run(account, () -> passwords.changeOwnPassword(change));
        } catch (InvalidInputException refused) {
            return refused;
        }
        throw new AssertionError("The change was not refused: " + change);
    }

    private ResultActions basic(String username, String password) throws Exception {
        return mvc.perform(get("/api/tasks/mine").with(httpBasic(username, password))
                .header("Accept-Language", "en"));
    }

    private String newAccount() {
        String username = "pw-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        // A case worker works for a department; which one does not matter here.
        directory.createStaff(new StaffAccount(username, "密码测试", "Password test", null, null, null,
                Set.of(AppRoles.CASE_WORKER), Set.of("AMR"), FIRST));
        return username;
    }
}
