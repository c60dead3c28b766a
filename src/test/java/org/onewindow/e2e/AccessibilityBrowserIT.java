package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What a screen reader needs from every page: the language the page is written in, on staff screens and public
 * pages alike, before and after the language switch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:onewindow-a11y;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
        "onewindow.demo.enabled=true" })
class AccessibilityBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @BeforeEach
    void pointAtServer() {
        browser.baseUrl("http://localhost:" + port);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void thePublicPageFollowsTheLanguageSwitch() {
        browser.driver.manage().deleteAllCookies();
        // The browser asks for English (BrowserSession starts it with --lang=en-US).
        browser.open("/progress");
        assertThat(pageLanguage()).isEqualTo("en");

        browser.pickFromSelect("language-switch", "简体中文");
        browser.until("the page in Chinese", d -> "zh-CN".equals(pageLanguage()));
        browser.waitForVaadin();
        // Served so, not only set by the script: the page fetched again in the same session is in Chinese.
        assertThat(servedLanguage()).isEqualTo("zh-CN");

        browser.pickFromSelect("language-switch", "English");
        browser.until("the page in English", d -> "en".equals(pageLanguage()));
    }

    @Test
    void aStaffScreenFollowsTheLanguageSwitch() {
        browser.signIn("frontdesk", "demo");
        browser.open("/tasks/mine");
        String before = pageLanguage();
        String other = before.equals("en") ? "简体中文" : "English";
        String expected = before.equals("en") ? "zh-CN" : "en";

        browser.pickFromSelect("language-switch", other);
        browser.until("the staff screen in the other language", d -> expected.equals(pageLanguage()));
        // Put back: the choice is remembered for the demo account.
        browser.pickFromSelect("language-switch", before.equals("en") ? "English" : "简体中文");
        browser.until("the staff screen in its first language", d -> before.equals(pageLanguage()));
    }

    private static String pageLanguage() {
        return (String) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.lang;");
    }

    /** The {@code lang} the server wrote into the page, before any script ran. */
    private static String servedLanguage() {
        return (String) ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href).then(r => r.text()).then(html => done(new DOMParser()"
                        + ".parseFromString(html, 'text/html').documentElement.getAttribute('lang')));");
    }
}
