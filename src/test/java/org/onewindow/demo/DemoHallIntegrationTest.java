package org.onewindow.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffMember;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.support.H2IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo hall's staff are a county hall's: named in Chinese with their pinyin for English screens, opened the one
 * way every account is, and ready to sign in with the demo password, without a password to change first.
 */
@H2IntegrationTest
class DemoHallIntegrationTest {

    @Autowired
    DirectoryService directory;
    @Autowired
    DemoProperties demo;
    @Autowired
    MockMvc mvc;

    @Test
    void everyDemoAccountIsNamedInChineseAndEnglish() {
        for (DemoAccounts.Account account : DemoAccounts.ACCOUNTS) {
            StaffMember member = directory.staff(account.username()).orElseThrow();
            assertThat(member.displayName()).as(account.username()).matches("\\p{IsHan}{2,}");
            assertThat(member.displayName(Translations.ENGLISH)).as(account.username())
                    .isEqualTo(account.nameEn()).matches("[A-Z][A-Za-z ]+");
            assertThat(member.roles()).isEqualTo(account.roles());
            assertThat(member.departmentCodes()).isEqualTo(account.departments());
        }
        StaffMember frontDesk = directory.staff("frontdesk").orElseThrow();
        assertThat(frontDesk.displayName(Translations.CHINESE)).isEqualTo("李娜");
        assertThat(frontDesk.displayName(Translations.ENGLISH)).isEqualTo("Li Na");
        StaffMember admin = directory.staff("admin").orElseThrow();
        assertThat(admin.displayName()).isEqualTo("系统管理员");
        assertThat(admin.displayNameEn()).isEqualTo("System administrator");
    }

    @Test
    void demoAccountsSignInWithTheDemoPasswordWithoutChangingIt() throws Exception {
        mvc.perform(get("/api/tasks/mine").with(httpBasic("frontdesk", demo.password())))
                .andExpect(status().isOk());
    }
}
