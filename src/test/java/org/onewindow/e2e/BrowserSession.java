package org.onewindow.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Headless Debian Chromium driven through {@code /usr/bin/chromedriver} (Selenium cannot download drivers
 * here), with helpers for Vaadin's components. A failing test leaves a screenshot under
 * {@code target/browser-screenshots/}. Registered as a static extension of a test class, it points itself at that
 * class's server (Spring's random port) before each test and closes the browser after the last.
 */
class BrowserSession implements BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback, AutoCloseable {

    /** How long any wait for the page gives it. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    /** Where the browser saves downloads (exports), so that tests can open them. */
    static final Path DOWNLOADS = Path.of("target", "browser-downloads").toAbsolutePath();

    final WebDriver driver;
    final WebDriverWait wait;
    private String baseUrl;

    BrowserSession() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("onewindow.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--lang=en-US");
        try {
            Files.createDirectories(DOWNLOADS);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        // The console, so that tests can look for Content-Security-Policy violations.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", DOWNLOADS.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("onewindow.chromedriver",
                        "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, PATIENCE);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        baseUrl = "http://localhost:" + SpringExtension.getApplicationContext(context).getEnvironment()
                .getRequiredProperty("local.server.port");
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Points the browser at an address of the test's choosing (before each test it is the server's own). */
    void baseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    void open(String path) {
        driver.get(baseUrl + path);
        waitForVaadin();
    }

    /** Waits until Vaadin has no round trip in flight. */
    void waitForVaadin() {
        wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) { return true; }"
                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    WebElement byId(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    void click(String id) {
        retrying(() -> clickable(wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)))).click());
        waitForVaadin();
    }

    /** Scrolls the element to the middle of the view first: AppLayout scrolls its content area, not the page. */
    private WebElement clickable(WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return wait.until(ExpectedConditions.elementToBeClickable(element));
    }

    /** Types into a Vaadin text field, text area or combo box by the component's id, and commits the value. */
    void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " input, #" + id + " textarea")));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    /** Opens a combo box, types a filter and picks the item whose label contains the text. */
    void pickFromComboBox(String id, String filter, String itemText) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#" + id + " input")));
        input.click();
        input.sendKeys(filter);
        waitForVaadin();
        By item = By.xpath("//vaadin-combo-box-item[contains(., '" + itemText + "')]");
        retrying(() -> wait.until(ExpectedConditions.elementToBeClickable(item)).click());
        waitForVaadin();
    }

    /** Picks an item of a Vaadin select by its visible text. */
    void pickFromSelect(String id, String itemText) {
        click(id);
        // The list is clickable once its overlay has finished opening (Vaadin marks it "opening" until then).
        wait.until(d -> d.findElements(By.cssSelector("vaadin-select-overlay[opening]")).isEmpty());
        // Not the copy of another select's chosen item that Vaadin shows in that select's field ("value-…" ids).
        By item = By.xpath("//vaadin-select-item[contains(., '" + itemText + "') and not(starts-with(@id, 'value-'))]");
        retrying(() -> wait.until(ExpectedConditions.elementToBeClickable(item)).click());
        waitForVaadin();
    }

    /** Checks the checkbox (or radio button) with the given label inside the component with the id. */
    void check(String groupId, String label) {
        By option = By.xpath("//*[@id='" + groupId + "' and (self::vaadin-checkbox or self::vaadin-radio-button)"
                + " and contains(., '" + label + "')] | //*[@id='" + groupId + "']//*[(self::vaadin-checkbox or "
                + "self::vaadin-radio-button) and contains(., '" + label + "')]");
        retrying(() -> clickable(wait.until(ExpectedConditions.presenceOfElementLocated(option))).click());
        waitForVaadin();
    }

    /** Clicks the cell of a Vaadin grid that shows the text (cell contents are light-DOM children of the grid). */
    void clickGridCell(String gridId, String text) {
        By cell = By.xpath("//vaadin-grid[@id='" + gridId + "']/vaadin-grid-cell-content[contains(., '" + text + "')]");
        retrying(() -> clickable(wait.until(ExpectedConditions.presenceOfElementLocated(cell))).click());
        waitForVaadin();
    }

    /** Brings the component into view, for a screenshot of it. */
    void scrollTo(String id) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", byId(id));
    }

    String text(String id) {
        return byId(id).getText();
    }

    void waitForText(String id, String expected) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), expected));
    }

    /** Waits until the condition holds; a time-out names what was awaited. */
    <T> T until(String what, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).withMessage(() -> what).until(condition);
    }

    /** The error message a Vaadin field shows under itself, once it shows one. */
    String fieldError(String id) {
        return until("an error message under " + id, d -> {
            Object message = byId(id).getDomProperty("errorMessage");
            return message == null || message.toString().isBlank() ? null : message.toString();
        });
    }

    void waitForUrl(String fragment) {
        wait.until(ExpectedConditions.urlContains(fragment));
        waitForVaadin();
    }

    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        open("/login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[name='username']")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, Keys.ENTER);
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
        waitForText("current-user", "");
    }

    private void retrying(Runnable action) {
        for (int attempt = 1;; attempt++) {
            try {
                action.run();
                return;
            } catch (StaleElementReferenceException | org.openqa.selenium.ElementClickInterceptedException e) {
                // Re-rendered, or covered for a moment (a select's list still opening at a phone's width): again.
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    /**
     * Types a case number into a grid's filter and waits until the grid has refreshed to that case's rows: action
     * buttons on screen that were not there before typing, each naming the case ({@code open-<case>-<step>}). The
     * filter is sent lazily some time after typing, and refreshed rows get new buttons, so a button from before
     * the refresh may vanish under the click. Rows the grid keeps hidden for reuse still hold old buttons: only
     * the buttons on screen count.
     */
    void filterGridByCase(String filterId, String gridId, String caseNumber) {
        ((JavascriptExecutor) driver).executeScript("const grid = document.getElementById(arguments[0]);"
                + "if (grid) { grid.querySelectorAll('vaadin-button').forEach(b => b.dataset.beforeFilter = 'true'); }",
                gridId);
        type(filterId, caseNumber);
        new WebDriverWait(driver, PATIENCE)
                .withMessage(() -> "grid " + gridId + " refreshed to the rows of " + caseNumber)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "const grid = document.getElementById(arguments[0]);"
                                + "const buttons = grid ? [...grid.querySelectorAll('vaadin-button[id]')]"
                                + ".filter(b => b.getClientRects().length > 0) : [];"
                                + "return buttons.length > 0 && buttons.every(b => !b.dataset.beforeFilter"
                                + " && b.id.includes('-' + arguments[1] + '-'));",
                        gridId, caseNumber)));
        waitForVaadin();
    }

    /** Console messages since the last call that report a Content-Security-Policy violation. */
    List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy")
                        || message.contains("Content-Security-Policy"))
                .toList();
    }

    /** Resizes the window, e.g. to 700×450 CSS pixels: what a 1400×900 screen shows at 200 % zoom. */
    void windowSize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
        waitForVaadin();
    }

    /** Runs a script in the page and returns what it returns. */
    Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Presses keys on whatever has the focus, as someone on the keyboard does. */
    void press(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
        waitForVaadin();
    }

    List<WebElement> all(By by) {
        return driver.findElements(by);
    }

    /** Saves what the browser shows now, for people reviewing the journey (target/browser-screenshots/). */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"),
                    ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isPresent()) {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(context.getRequiredTestClass().getSimpleName() + "-"
                    + context.getRequiredTestMethod().getName() + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
