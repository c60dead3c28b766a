package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.support.UnifiedIdentityProvider;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Staff sign in through the unified identity platform: a real OpenID Connect provider (Spring Authorization
 * Server, {@link UnifiedIdentityProvider}) runs beside OneWindow, and the browser goes the whole way: OneWindow's
 * button, the platform's login form, back to OneWindow as the staff member the platform vouched for, or back to
 * the login view with the refusal when the platform's account is no staff account.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:onewindow-unified-browser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "onewindow.demo.enabled=true",
        "onewindow.sign-in.oidc.enabled=true",
        "onewindow.sign-in.oidc.client-id=" + UnifiedIdentityProvider.CLIENT_ID,
        "onewindow.sign-in.oidc.client-secret=" + UnifiedIdentityProvider.CLIENT_SECRET })
class UnifiedSignInBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** The provider starts first: OneWindow's context is built with its issuer. */
    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        registry.add("onewindow.sign-in.oidc.issuer-uri", () -> UnifiedIdentityProvider.shared().issuer());
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private String oneWindow;

    @BeforeEach
    void signedOutEverywhere() {
        // 127.0.0.1: the provider refuses redirect URIs at "localhost" (see UnifiedIdentityProvider).
        oneWindow = "http://127.0.0.1:" + port;
        browser.baseUrl(oneWindow);
        for (String site : List.of(UnifiedIdentityProvider.shared().issuer() + "/login", oneWindow + "/login")) {
            browser.driver.get(site);
            browser.driver.manage().deleteAllCookies();
        }
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aStaffMemberSignsInAtThePlatformAndWorksAsThemselves() {
        signInAtThePlatform(UnifiedIdentityProvider.STAFF_MEMBER);
        browser.wait.until(d -> d.getCurrentUrl().startsWith(oneWindow) && !d.getCurrentUrl().contains("/login"));
        browser.waitForVaadin();
        // OneWindow's account, not the platform's: its display name and the front desk's screens.
        browser.waitForText("current-user", "Li Na");
        WebElement menu = browser.byId("main-nav");
        browser.wait.until(d -> menu.getText().contains("New case"));
        assertThat(menu.getText()).doesNotContain("Audit log");
        browser.screenshot("unified-1-signed-in");
        browser.open("/intake");
        browser.byId("intake-submit");
        assertThat(unifiedSignIns("SIGNED_IN_UNIFIED", UnifiedIdentityProvider.STAFF_MEMBER)).isPositive();

        browser.click("logout");
        browser.waitForUrl("/login");
        browser.byId("unified-sign-in");
    }

    @Test
    void anAccountOfThePlatformThatIsNoStaffAccountIsRefusedWithTheReason() {
        signInAtThePlatform(UnifiedIdentityProvider.STRANGER);
        browser.wait.until(d -> d.getCurrentUrl().startsWith(oneWindow + "/login?error"));
        browser.waitForVaadin();
        browser.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.getElementById('login-form').error;")));
        Object message = ((JavascriptExecutor) browser.driver)
                .executeScript("return document.getElementById('login-form').i18n.errorMessage.message;");
        assertThat(String.valueOf(message)).contains("not an active staff account of this hall");
        browser.screenshot("unified-2-refused");
        assertThat(unifiedSignIns("UNIFIED_ACCOUNT_REFUSED", UnifiedIdentityProvider.STRANGER)).isPositive();
        // Still signed out: a staff screen sends the browser back to the login view.
        browser.driver.get(oneWindow + "/intake");
        browser.waitForUrl("/login");
    }

    @Test
    void aSignInThatCannotBeSentToThePlatformSaysSoAndIsNoServerError() {
        // What a platform that cannot be reached or discovered looks like to Spring: no registration to send to.
        browser.driver.get(oneWindow + "/oauth2/authorization/elsewhere");
        browser.wait.until(d -> d.getCurrentUrl().startsWith(oneWindow + "/login?error"));
        browser.waitForVaadin();
        browser.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return document.getElementById('login-form').error;")));
        Object title = ((JavascriptExecutor) browser.driver)
                .executeScript("return document.getElementById('login-form').i18n.errorMessage.title;");
        assertThat(String.valueOf(title)).isEqualTo("Unified sign-in did not complete");
    }

    /** OneWindow's button, then the platform's own login form (Spring Security's default page there). */
    private void signInAtThePlatform(String username) {
        browser.open("/login");
        browser.click("unified-sign-in");
        String platform = UnifiedIdentityProvider.shared().issuer();
        browser.wait.until(d -> d.getCurrentUrl().startsWith(platform + "/login"));
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.id("username"))).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(UnifiedIdentityProvider.PASSWORD);
        browser.driver.findElement(By.cssSelector("button[type='submit']")).click();
    }

    private int unifiedSignIns(String kind, String username) {
        return jdbc.sql("select count(*) from directory_sign_in_event where kind = :kind and username = :username")
                .param("kind", kind).param("username", username).query(Integer.class).single();
    }
}
