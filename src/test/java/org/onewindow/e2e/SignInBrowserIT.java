package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Signing in and working with the Content-Security-Policy on: Vaadin's pages load and run without a single
 * violation in the console; a manager who opens Camunda's Cockpit reads OneWindow's own refusal, an administrator
 * gets Cockpit and the sign-in audit.
 */
@DemoHallBrowserTest
class SignInBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    /** The console's messages so far are another test's. */
    @BeforeEach
    void forgetEarlierMessages() {
        browser.contentSecurityPolicyViolations();
    }

    @Test
    void theLoginPageAndStaffScreensRunUnderTheContentSecurityPolicy() {
        browser.signIn("frontdesk", "demo");
        browser.open("/intake");
        browser.byId("main-nav");
        browser.open("/tasks/mine");
        browser.open("/cases");
        browser.screenshot("csp-1-front-desk");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        // The console is really read, and the policy really holds: an image from another site is refused.
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "const image = new Image(); image.src = 'http://evil.example/pixel.png'; document.body.append(image);");
        browser.wait.until(d -> !browser.contentSecurityPolicyViolations().isEmpty());
    }

    @Test
    void aManagerOpeningCockpitReadsOneWindowsOwnRefusal() {
        browser.signIn("manager", "demo");
        browser.driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        browser.waitForVaadin();
        assertThat(browser.text("error-title")).isEqualTo("Not available to you");
        browser.screenshot("csp-2-cockpit-refused");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void anAdministratorSeesTheirSignInInTheAuditAndStillGetsCockpit() {
        browser.signIn("admin", "demo");
        browser.open("/admin/sign-ins");
        browser.wait.until(d -> !d.findElements(By.xpath(
                "//vaadin-grid[@id='sign-in-events']/vaadin-grid-cell-content[contains(., 'admin')]")).isEmpty());
        browser.screenshot("csp-3-sign-in-audit");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
        browser.driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        // Camunda's own pages under their own policy: Cockpit comes up, signed in as the administrator.
        browser.wait.until(d -> d.getTitle().contains("Cockpit"));
        browser.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("admin (OneWindow)"));
        browser.screenshot("csp-4-cockpit");
    }
}
