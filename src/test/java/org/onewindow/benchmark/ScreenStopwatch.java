package org.onewindow.benchmark;

import java.io.File;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Times screens as a person at the hall sees them: headless Chromium (the flags of the browser tests'
 * {@code e2e.BrowserSession}) loads a screen, and the time is the page's own clock ({@code performance.now()},
 * which Navigation Timing starts when the navigation starts) at the first moment the screen is ready: its key
 * element is in the page, no grid is still fetching rows, Vaadin has no round trip in flight and its loading
 * indicator is hidden. The readiness check runs in the page every 10 ms, so a time is late by at most one poll and
 * one WebDriver call (a few ms).
 */
final class ScreenStopwatch implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration POLL = Duration.ofMillis(10);
    /** The page's clock when the screen became ready, or null while it is not. */
    private static final String READY_AT = """
            const key = document.querySelector(arguments[0]);
            if (!key) { return null; }
            if (document.querySelector('vaadin-grid[loading]')) { return null; }
            const flow = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
            if (flow && Object.values(flow).some(c => c.isActive && c.isActive())) { return null; }
            const indicator = document.querySelector('.v-loading-indicator');
            if (indicator && indicator.style.display !== 'none'
                    && getComputedStyle(indicator).display !== 'none') { return null; }
            return performance.now();
            """;

    private final WebDriver driver;
    private final String baseUrl;

    ScreenStopwatch(String baseUrl, String language) {
        this.baseUrl = baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("onewindow.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,900", "--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("onewindow.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** Loads the screen at the path and returns how long it took until it was ready, in ms. */
    double open(String path, String keySelector) {
        driver.get(baseUrl + path);
        return readyAt(keySelector, path);
    }

    /**
     * Clicks the screen's entry in the menu (the drawer's side navigation), as staff move between screens: Vaadin
     * stays on the page and only fetches the new screen. Returns how long it took from the click until the screen
     * was ready, in ms, on the page's clock.
     */
    double fromMenu(String path, String keySelector) {
        Object clickedAt = ((JavascriptExecutor) driver).executeScript("""
                const path = arguments[0].replace(/^\\//, '');
                const item = [...document.querySelectorAll('vaadin-side-nav-item')]
                        .find(i => (i.path || '').replace(/^\\//, '') === path);
                if (!item) { return null; }
                const link = item.shadowRoot && item.shadowRoot.querySelector('a');
                const at = performance.now();
                (link || item).click();
                return at;
                """, path);
        if (clickedAt == null) {
            throw new IllegalStateException("No menu entry for " + path + " on " + driver.getCurrentUrl());
        }
        return readyAt(keySelector, path + " from the menu") - ((Number) clickedAt).doubleValue();
    }

    /**
     * Signs in from the sign-in page and returns how long it took from submitting the form until the first screen
     * (its key element) was ready, in ms: the form's POST, its redirect and the first screen are one navigation, so
     * the final page's clock starts at the submission.
     */
    double signIn(String username, String password, String firstScreenKey) {
        signOut();
        driver.get(baseUrl + "/login");
        WebElement user = wait(PATIENCE)
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        wait(PATIENCE).withMessage(() -> "signed in as " + username)
                .until(d -> !d.getCurrentUrl().contains("/login"));
        return readyAt(firstScreenKey, "first screen of " + username);
    }

    void signOut() {
        driver.manage().deleteAllCookies();
    }

    private double readyAt(String keySelector, String what) {
        Object at = wait(PATIENCE).pollingEvery(POLL).withMessage(() -> what + " ready (" + keySelector + ")")
                .until(d -> ((JavascriptExecutor) d).executeScript(READY_AT, keySelector));
        return ((Number) at).doubleValue();
    }

    private WebDriverWait wait(Duration patience) {
        return new WebDriverWait(driver, patience);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
