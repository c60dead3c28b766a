package org.onewindow.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.instanceOf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.PageRequest;
import org.onewindow.shared.security.SignInLockedException;
import org.onewindow.support.MutableClock;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Failed sign-ins are limited per name and per client address, through the login form and HTTP Basic alike,
 * counted in the database; the refusal is the same for names that are no account; administrators lift locks, and
 * every attempt, lock and lifted lock is in the audit. Each scenario signs in from addresses and with accounts of
 * its own, so that it locks nothing the other tests of the shared context use.
 */
public abstract class SignInLimitScenarios {

    private static final String PASSWORD = "demo";
    private static final String LOCK_MESSAGE = "Too many failed sign-ins for this name or from this address.";

    @Autowired
    MockMvc mvc;
    @Autowired
    DirectoryService directory;
    @Autowired
    SignInAuditService audit;
    @Autowired
    SignInProperties limits;
    @Autowired
    MutableClock clock;
    @Autowired
    Staff staff;

    @Test
    void wrongPasswordsOnTheFormLockTheAccountAndTheRightOneIsThenRefused() throws Exception {
        String account = newAccount();
        String address = newAddress();
        for (int i = 0; i < limits.maxFailuresPerAccount(); i++) {
            form(account, "wrong-" + i, address).andExpect(redirectedUrl("/login?error"));
        }
        form(account, PASSWORD, address).andExpect(redirectedUrl("/login?error"))
                .andExpect(request().sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION,
                        instanceOf(SignInLockedException.class)));
        // From another address too: the account is locked, not only the address.
        basic(account, PASSWORD, newAddress()).andExpect(status().isTooManyRequests());
    }

    @Test
    void wrongPasswordsOverHttpBasicLockTheAccountWithAMessageSayingHowLongToWait() throws Exception {
        String account = newAccount();
        String address = newAddress();
        for (int i = 0; i < limits.maxFailuresPerAccount(); i++) {
            basic(account, "wrong-" + i, address).andExpect(status().isUnauthorized());
        }
        basic(account, PASSWORD, address).andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", String.valueOf(limits.lockDuration().toSeconds())))
                .andExpect(jsonPath("$.type").value("urn:onewindow:problem:sign-in-locked"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith(LOCK_MESSAGE)))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("15 minutes")));
    }

    @Test
    void aNameThatIsNoAccountGetsTheSameRefusal() throws Exception {
        String account = newAccount();
        String nobody = "nobody-" + ThreadLocalRandom.current().nextInt(1_000_000);
        String address = newAddress();
        for (int i = 0; i < limits.maxFailuresPerAccount(); i++) {
            basic(account, "wrong-" + i, address).andExpect(status().isUnauthorized());
            basic(nobody, "wrong-" + i, newAddress()).andExpect(status().isUnauthorized());
        }
        String forAccount = basic(account, PASSWORD, address).andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString();
        String forNobody = basic(nobody, PASSWORD, newAddress()).andExpect(status().isTooManyRequests())
                .andReturn().getResponse().getContentAsString();
        assertThat(forNobody).isEqualTo(forAccount);
    }

    @Test
    void manyNamesFromOneAddressLockTheAddress() throws Exception {
        String address = newAddress();
        String account = newAccount();
        for (int i = 0; i < limits.maxFailuresPerAddress(); i++) {
            // Below the limit of each name: only the address adds up.
            basic("guess-" + (i % 5) + "-" + address, "wrong", address).andExpect(status().isUnauthorized());
        }
        basic(account, PASSWORD, address).andExpect(status().isTooManyRequests());
        form(account, PASSWORD, address).andExpect(redirectedUrl("/login?error"));
        // The same account from elsewhere is not locked.
        basic(account, PASSWORD, newAddress()).andExpect(status().isOk());
    }

    @Test
    void aLockRunsOutAfterItsDuration() throws Exception {
        String account = newAccount();
        String address = newAddress();
        lockAccount(account, address);
        basic(account, PASSWORD, address).andExpect(status().isTooManyRequests());
        clock.advance(limits.lockDuration().plus(Duration.ofSeconds(1)));
        basic(account, PASSWORD, address).andExpect(status().isOk());
    }

    @Test
    void anAdministratorLiftsALockAndTheAuditSaysWhoDidWhatFromWhere() throws Exception {
        String account = newAccount();
        String address = newAddress();
        lockAccount(account, address);
        basic(account, PASSWORD, address).andExpect(status().isTooManyRequests());
        SignInLock lock = staff.as("admin", () -> audit.activeLocks()).stream()
                .filter(l -> l.subject() == SignInLock.Subject.ACCOUNT && l.value().equals(account)).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> staff.run("manager", () -> audit.liftLock(lock.id())))
                .isInstanceOf(AccessDeniedException.class);

        staff.run("admin", () -> audit.liftLock(lock.id()));
        basic(account, PASSWORD, address).andExpect(status().isOk());

        List<SignInEvent> events = staff.as("admin", () -> audit.events(new PageRequest(0, 500))).stream()
                .filter(e -> account.equals(e.username())).toList();
        assertThat(events).extracting(SignInEvent::kind).containsSubsequence(SignInEventKind.SIGNED_IN,
                SignInEventKind.LOCK_LIFTED, SignInEventKind.REFUSED_WHILE_LOCKED, SignInEventKind.ACCOUNT_LOCKED,
                SignInEventKind.FAILED);
        assertThat(events).filteredOn(e -> e.kind() == SignInEventKind.FAILED).hasSize(limits.maxFailuresPerAccount())
                .allSatisfy(e -> assertThat(e.clientAddress()).isEqualTo(address));
        assertThat(events).filteredOn(e -> e.kind() == SignInEventKind.LOCK_LIFTED).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("admin"));
        assertThat(events).filteredOn(e -> e.kind() == SignInEventKind.SIGNED_IN).singleElement()
                .satisfies(e -> assertThat(e.clientAddress()).isEqualTo(address));
        assertThatThrownBy(() -> staff.run("admin", () -> audit.liftLock(lock.id())))
                .isInstanceOf(org.onewindow.shared.NotFoundException.class);
    }

    private void lockAccount(String account, String address) throws Exception {
        for (int i = 0; i < limits.maxFailuresPerAccount(); i++) {
            basic(account, "wrong-" + i, address).andExpect(status().isUnauthorized());
        }
    }

    private ResultActions form(String username, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address)));
    }

    private ResultActions basic(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/tasks/mine").with(httpBasic(username, password)).with(from(address)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** An address no other test signs in from (the shared context keeps what every test did). */
    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private String newAccount() {
        String username = "signin-" + ThreadLocalRandom.current().nextInt(1_000_000_000);
        directory.createStaff(new StaffAccount(username, "登录测试", "Sign-in test", null, null, null,
                Set.of(AppRoles.FRONT_DESK), Set.of(), PASSWORD));
        return username;
    }
}
