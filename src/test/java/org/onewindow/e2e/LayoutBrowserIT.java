package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.shared.security.PasswordChangeRequired;
import org.onewindow.shared.ui.Notices;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the walk through every screen found about layout: at 1400×900 every action of a grid is on screen without
 * scrolling sideways, the task list still fits at 200 % zoom (a 700 px wide window), and a notice never covers a
 * button.
 */
@DemoHallBrowserTest
class LayoutBrowserIT {

    /** Every visible button's box; the grids' cells are in the light DOM, so their buttons are found too. */
    private static final String BUTTONS = """
            return [...document.querySelectorAll('vaadin-button, button')]
              .filter(b => b.offsetParent !== null || b.getClientRects().length > 0)
              .map(b => { const r = b.getBoundingClientRect();
                return {text: (b.innerText || b.getAttribute('aria-label') || '').trim(),
                        left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width}; })
              .filter(b => b.width > 0);""";

    private static final String GRID_BUTTONS = """
            return [...document.querySelectorAll('vaadin-grid vaadin-button')]
              .map(b => { const r = b.getBoundingClientRect();
                return {text: b.innerText.trim(), left: r.left, right: r.right, width: r.width}; })
              .filter(b => b.width > 0);""";

    /** How far each grid's table can scroll sideways. */
    private static final String SIDEWAYS = """
            return [...document.querySelectorAll('vaadin-grid')].map(g => {
              const t = g.shadowRoot.querySelector('#table');
              return t.scrollWidth - t.clientWidth; });""";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @LocalServerPort
    int port;

    @BeforeEach
    void pointAtServer() {
        browser.baseUrl("http://localhost:" + port);
        browser.driver.manage().window().setSize(new Dimension(1400, 900));
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void theQueuesFitAt1400PixelsWithEveryActionOnScreen() {
        browser.signIn("amr.worker", "demo");
        fits("/tasks/queue", true);
        fits("/tasks/mine", false);
        browser.signIn("manager", "demo");
        fits("/cases", false);
    }

    @Test
    void theAdministratorsListsFitAt1400PixelsWithEveryActionOnScreen() {
        browser.signIn("admin", "demo");
        for (String screen : List.of("/admin/catalog", "/admin/staff", "/admin/departments", "/admin/outbox",
                "/admin/api-keys", "/admin/indicators", "/admin/province")) {
            // The indicator sets always offer a new version; the exchange's records offer a resend only when sent.
            fits(screen, screen.endsWith("staff") || screen.endsWith("departments") || screen.endsWith("indicators"));
        }
    }

    @Test
    void theTaskListStillFitsAtTwiceTheZoom() {
        browser.driver.manage().window().setSize(new Dimension(700, 900));
        browser.signIn("amr.worker", "demo");
        fits("/tasks/queue", true, false);
        long innerWidth = (Long) js("return window.innerWidth;");
        List<Map<String, Object>> filters = js("""
                return [...document.querySelectorAll('[id$="-filters"] > *')].map(f => {
                  const r = f.getBoundingClientRect();
                  return {id: f.id, right: r.right, label: f.label || f.getAttribute('aria-label') || ''}; });""");
        assertThat(filters).isNotEmpty().allSatisfy(filter -> {
            assertThat(((Number) filter.get("right")).doubleValue()).as("%s on screen", filter.get("id"))
                    .isLessThanOrEqualTo(innerWidth);
            assertThat((String) filter.get("label")).as("%s labelled", filter.get("id")).isNotBlank();
        });
    }

    @Test
    void aNoticeCoversNoButton() {
        browser.signIn("fire.worker", "demo");
        browser.open("/" + PasswordChangeRequired.ROUTE);
        browser.type("password-current", "demo");
        browser.type("password-new", "Lotus pond at dawn 7");
        browser.type("password-repeated", "Lotus pond at dawn 7");
        browser.click("password-save");
        browser.until("the notice",
                d -> !d.findElements(By.cssSelector("vaadin-notification-card." + Notices.CLASS_NAME))
                        .isEmpty());
        Map<String, Object> notice = js("""
                const r = document.querySelector('vaadin-notification-card.%s').getBoundingClientRect();
                return {left: r.left, right: r.right, top: r.top, bottom: r.bottom};""".formatted(Notices.CLASS_NAME));
        List<Map<String, Object>> buttons = js(BUTTONS);
        assertThat(buttons).as("the screen's buttons").isNotEmpty();
        assertThat(buttons).allSatisfy(button -> assertThat(overlap(notice, button))
                .as("the notice %s over the button %s", notice, button).isFalse());
    }

    private void fits(String screen, boolean actionsExpected) {
        fits(screen, actionsExpected, true);
    }

    /**
     * At 700 px the queue's eight columns cannot all fit, so there the grid may scroll sideways, but its actions,
     * frozen at the end, stay on screen.
     */
    private void fits(String screen, boolean actionsExpected, boolean noSideways) {
        browser.open(screen);
        browser.until("the grid on " + screen, d -> !d.findElements(By.tagName("vaadin-grid")).isEmpty());
        browser.waitForVaadin();
        if (actionsExpected) {
            browser.until("the grid's actions on " + screen,
                    d -> !d.findElements(By.cssSelector("vaadin-grid vaadin-button")).isEmpty());
        }
        browser.screenshot("layout" + screen.replace('/', '-') + "-" + js("return window.innerWidth;"));
        long innerWidth = (Long) js("return window.innerWidth;");
        List<Number> sideways = noSideways ? js(SIDEWAYS) : List.of();
        assertThat(sideways).as("how far the grids on %s scroll sideways", screen)
                .allSatisfy(overflow -> assertThat(overflow.doubleValue()).isLessThanOrEqualTo(1));
        assertThat(emptyHeaders()).as("columns without a header on %s", screen).isZero();
        List<Map<String, Object>> actions = js(GRID_BUTTONS);
        assertThat(actions).as("the grid's actions on %s", screen).allSatisfy(action -> {
            assertThat(((Number) action.get("left")).doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(((Number) action.get("right")).doubleValue()).as("%s on screen", action.get("text"))
                    .isLessThanOrEqualTo(innerWidth);
        });
    }

    private static long emptyHeaders() {
        return (Long) js("""
                return [...document.querySelectorAll('vaadin-grid-column')]
                  .filter(c => !c.hidden && !(c.header || '').trim() && !c.headerRenderer
                     && !c._headerCell?._content?.textContent.trim()).length;""");
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        return number(a, "left") < number(b, "right") && number(b, "left") < number(a, "right")
                && number(a, "top") < number(b, "bottom") && number(b, "top") < number(a, "bottom");
    }

    private static double number(Map<String, Object> box, String key) {
        return ((Number) box.get(key)).doubleValue();
    }

    @SuppressWarnings("unchecked")
    private static <T> T js(String script) {
        return (T) ((JavascriptExecutor) browser.driver).executeScript(script);
    }
}
