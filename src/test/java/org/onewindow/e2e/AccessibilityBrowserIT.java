package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.StaffAccount;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.RegisteredCase;
import org.onewindow.shared.AppRoles;
import org.onewindow.support.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What a screen reader and someone on the keyboard need from every page (GB/T 37668-2019, WCAG 2.0 AA): the
 * language the page is written in, one main landmark and one level-one heading, a "skip to content" link, rows
 * that open from the keyboard, a sign-in page usable at 200 % zoom, a failed sign-in said once, and no serious or
 * critical finding of axe-core on any role's main screens or the public pages (the public results and the hall's
 * screen among them), in both languages.
 */
@DemoHallBrowserTest
class AccessibilityBrowserIT {

    private static final String PASSWORD = "demo";
    /** A catalog editor and nothing else: no demo account holds that role alone. */
    private static final String CATALOG_EDITOR = "a11y.catalog";

    /** Each role's main screens: where its day starts and what its menu leads to. */
    private static final Map<String, List<String>> SCREENS_BY_ACCOUNT = Map.of(
            "frontdesk", List.of("/intake", "/tasks/mine", "/cases/search", "/applicants", "/kiosk-pairing"),
            "amr.worker", List.of("/tasks/queue", "/tasks/mine", "/cases/search"),
            "amr.head", List.of("/tasks/department", "/bad-reviews"),
            "manager", List.of("/cases", "/reports/process", "/reports/satisfaction", "/reports/monthly",
                    "/reports/demand", "/applicants", "/bad-reviews"),
            "admin", List.of("/admin/staff", "/admin/departments", "/admin/catalog", "/admin/routing",
                    "/admin/calendar", "/admin/outbox", "/admin/api-keys", "/admin/sign-ins", "/admin/audit",
                    "/admin/import", "/admin/indicators", "/admin/province"),
            CATALOG_EDITOR, List.of("/admin/catalog", "/admin/catalog/import"),
            "followup", List.of("/follow-up"));

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    Staff staff;
    @Autowired
    CaseRegistrationService intake;
    @Autowired
    DirectoryService directory;

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
        browser.signIn("frontdesk", PASSWORD);
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

    @Test
    void everyRolesMainScreensAndThePublicPagesPassAxeInBothLanguages() {
        RegisteredCase registered = aCaseAtTheWindow();
        catalogEditor();
        AxeAudit axe = new AxeAudit(browser);
        List<String> structure = new ArrayList<>();

        browser.driver.manage().deleteAllCookies();
        publicPages(axe, structure, registered, "en");
        browser.open("/progress");
        browser.pickFromSelect("language-switch", "简体中文");
        browser.until("the public pages in Chinese", d -> "zh-CN".equals(pageLanguage()));
        publicPages(axe, structure, registered, "zh");

        SCREENS_BY_ACCOUNT.forEach((account, screens) -> {
            browser.signIn(account, PASSWORD);
            staffScreens(axe, structure, account, screens, "en");
            inLanguage("简体中文", "zh-CN", () -> staffScreens(axe, structure, account, screens, "zh"));
        });
        browser.signIn("manager", PASSWORD);
        browser.open("/case/" + registered.caseNumber());
        browser.byId("case-status");
        axe.check("manager /case en");
        structure(structure, "manager /case en");

        // 200 % zoom of a 1400×900 screen: the shell with its drawer folded away, the window's form, the queue.
        browser.windowSize(700, 450);
        try {
            browser.signIn("frontdesk", PASSWORD);
            for (String screen : List.of("/intake", "/cases/search")) {
                browser.open(screen);
                axe.check("frontdesk " + screen + " at 700 px");
            }
            browser.signIn("amr.worker", PASSWORD);
            browser.open("/tasks/queue");
            axe.check("amr.worker /tasks/queue at 700 px");
            browser.driver.manage().deleteAllCookies();
            browser.open("/login");
            axe.check("/login at 700 px");
            browser.open("/progress");
            axe.check("/progress at 700 px");
        } finally {
            browser.windowSize(1400, 1000);
        }

        org.assertj.core.api.SoftAssertions.assertSoftly(soft -> {
            soft.assertThat(axe.pagesChecked()).as("pages checked").isGreaterThanOrEqualTo(80);
            soft.assertThat(structure).as("pages without exactly one main landmark and one level-one heading")
                    .isEmpty();
            soft.assertThat(axe.violations()).as("serious or critical axe-core violations (WCAG 2.0 A/AA)").isEmpty();
        });
    }

    @Test
    void theFirstTabStopSkipsToTheContentAndTheIntakeFormIsTwoTabsAway() {
        browser.signIn("frontdesk", PASSWORD);
        browser.open("/intake");
        browser.byId("intake-submit");

        // A page just loaded: nothing has the focus yet.
        browser.press(Keys.TAB);
        WebElement skip = browser.driver.switchTo().activeElement();
        assertThat(skip.getAttribute("id")).isEqualTo("skip-link");
        assertThat(skip.getText()).isEqualTo("Skip to content");
        assertThat(skip.getRect().getY()).as("shown once it has the focus").isGreaterThanOrEqualTo(0);

        browser.press(Keys.ENTER);
        assertThat(browser.driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main-content");
        browser.press(Keys.TAB);
        assertThat(focusedComponentId()).as("the first field of the window's form").startsWith("intake-");
        assertThat(browser.driver.getCurrentUrl()).endsWith("/intake");
    }

    @Test
    void aFoundCaseAndAFoundApplicantOpenWithEnterAndSpaceOnTheirRow() {
        RegisteredCase registered = aCaseAtTheWindow();
        browser.signIn("frontdesk", PASSWORD);
        for (Keys key : List.of(Keys.ENTER, Keys.SPACE)) {
            browser.open("/cases/search");
            browser.type("search-case-number", registered.caseNumber());
            browser.click("search-submit");
            browser.wait.until(d -> !d.findElements(By.xpath("//vaadin-grid[@id='search-grid']"
                    + "/vaadin-grid-cell-content[contains(., '" + registered.caseNumber() + "')]")).isEmpty());
            focusFirstRow("search-grid");
            browser.press(key);
            browser.waitForUrl("/case/" + registered.caseNumber());
        }
        for (Keys key : List.of(Keys.ENTER, Keys.SPACE)) {
            browser.open("/applicants");
            browser.type("applicant-search", "110101199003074477");
            browser.click("applicant-search-go");
            browser.byId("applicant-results");
            focusFirstRow("applicant-results");
            browser.press(key);
            browser.waitForUrl("/applicant/");
        }
    }

    @Test
    void theSignInPageKeepsItsLanguageSwitchWithinReachAt200PercentZoom() {
        browser.windowSize(700, 450);
        try {
            browser.driver.manage().deleteAllCookies();
            browser.open("/login");
            browser.script("window.scrollTo(0, 0);");
            WebElement language = browser.byId("language-switch");
            assertThat(language.getRect().getY()).as("the language switch below the top of the window")
                    .isGreaterThanOrEqualTo(0);
            WebElement title = browser.driver.findElement(By.cssSelector("h1.login-title"));
            assertThat(title.getRect().getY()).isGreaterThanOrEqualTo(0);
            // The rest is reached by scrolling down, the sign-in button included.
            WebElement submit = browser.driver.findElement(By.cssSelector("vaadin-button[slot='submit']"));
            browser.script("arguments[0].scrollIntoView({block: 'center'});", submit);
            assertThat(submit.isDisplayed()).isTrue();
        } finally {
            browser.windowSize(1400, 1000);
        }
    }

    @Test
    void aFailedSignInIsAnnouncedOnce() {
        browser.driver.manage().deleteAllCookies();
        browser.open("/login");
        browser.wait.until(d -> d.findElement(By.cssSelector("input[name='username']")).isDisplayed());
        browser.driver.findElement(By.cssSelector("input[name='username']")).sendKeys("frontdesk");
        browser.driver.findElement(By.cssSelector("input[name='password']")).sendKeys("wrong", Keys.ENTER);
        browser.waitForUrl("error");
        browser.waitForText("login-announcement", "Wrong username");

        @SuppressWarnings("unchecked")
        List<String> spoken = (List<String>) browser.script(
                "const found = []; const walk = root => { root.querySelectorAll('*').forEach(e => {"
                        + " const live = e.getAttribute('aria-live');"
                        + " if (['alert', 'status'].includes(e.getAttribute('role')) || (live && live !== 'off')) {"
                        + " found.push(e.textContent.trim()); }"
                        + " if (e.shadowRoot) { walk(e.shadowRoot); } }); };"
                        + " walk(document); return found.filter(t => t.includes('Wrong username'));");
        assertThat(spoken).as("live regions saying the failure").hasSize(1);
    }

    private void publicPages(AxeAudit axe, List<String> structure, RegisteredCase registered, String language) {
        browser.open("/login");
        axe.check("/login " + language);
        structure(structure, "/login " + language);
        browser.open("/login?error");
        axe.check("/login?error " + language);

        Pages.ProgressPage progress = new Pages.ProgressPage(browser).open("/progress?case=" + registered.caseNumber());
        axe.check("/progress " + language);
        structure(structure, "/progress " + language);
        progress.lookUp(registered.lookupCode().equals("ABCDEFGH") ? "HGFEDCBA" : "ABCDEFGH");
        browser.byId("progress-message");
        axe.check("/progress, wrong code, " + language);
        progress.lookUp(registered.lookupCode());
        browser.byId("progress-status");
        axe.check("/progress with the case " + language);

        browser.open("/survey/not-a-token");
        axe.check("/survey " + language);
        structure(structure, "/survey " + language);
        browser.open("/kiosk/not-a-kiosk");
        axe.check("/kiosk " + language);
        structure(structure, "/kiosk " + language);

        browser.open("/results");
        browser.byId("results-hall");
        axe.check("/results " + language);
        structure(structure, "/results " + language);
        browser.open("/results/display");
        browser.byId("display-chart");
        axe.check("/results/display " + language);
        structure(structure, "/results/display " + language);
    }

    private void staffScreens(AxeAudit axe, List<String> structure, String account, List<String> screens,
            String language) {
        for (String screen : screens) {
            browser.open(screen);
            browser.byId("main-content");
            axe.check(account + " " + screen + " " + language);
            structure(structure, account + " " + screen + " " + language);
        }
    }

    /** Runs the screens in the other language, and puts the account's language back: it is remembered. */
    private void inLanguage(String languageName, String tag, Runnable screens) {
        browser.pickFromSelect("language-switch", languageName);
        browser.until("the screen in " + tag, d -> tag.equals(pageLanguage()));
        try {
            screens.run();
        } finally {
            browser.pickFromSelect("language-switch", "English");
            browser.until("the screen in English again", d -> "en".equals(pageLanguage()));
        }
    }

    private static void structure(List<String> problems, String page) {
        Number mains = (Number) browser.script("return document.querySelectorAll('main, [role=main]').length;");
        Number headings = (Number) browser.script("return document.querySelectorAll('h1').length;");
        if (mains.intValue() != 1 || headings.intValue() != 1) {
            problems.add(page + ": " + mains + " main landmark(s), " + headings + " h1");
        }
    }

    /** Tabs from the search button into the grid: its header row first, then the first row's cell. */
    private static void focusFirstRow(String gridId) {
        browser.script("arguments[0].focus();", browser.byId(gridId));
        browser.until("a body cell of " + gridId + " focused", d -> {
            Object inBody = browser.script("const g = document.getElementById(arguments[0]);"
                    + " const a = g.shadowRoot.activeElement;"
                    + " return !!(a && a.closest('tbody#items'));", gridId);
            if (Boolean.TRUE.equals(inBody)) {
                return true;
            }
            browser.press(Keys.TAB);
            return null;
        });
    }

    /** The id of the window form's component that holds the focus (the focus itself is on an input inside). */
    private static String focusedComponentId() {
        return (String) browser.script("let e = document.activeElement; while (e && e.shadowRoot"
                + " && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }"
                + " while (e && !(e.id && e.id.startsWith('intake-'))) {"
                + " e = e.parentElement || (e.getRootNode() && e.getRootNode().host); }"
                + " return e ? e.id : null;");
    }

    private RegisteredCase aCaseAtTheWindow() {
        return staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                "110101199003074477", "Sun Hua", "13698765432", "HRSS-001", List.of("Resident ID card", "Recent photo"),
                null, Channel.WINDOW)));
    }

    private void catalogEditor() {
        if (directory.staff(CATALOG_EDITOR).isEmpty()) {
            staff.run("admin", () -> directory.createStaff(new StaffAccount(CATALOG_EDITOR, "事项编辑", "Catalog editor",
                    null, null, null, Set.of(AppRoles.CATALOG_EDITOR), Set.of("HALL"), PASSWORD)));
        }
    }

    private static String pageLanguage() {
        return (String) browser.script("return document.documentElement.lang;");
    }

    /** The {@code lang} the server wrote into the page, before any script ran. */
    private static String servedLanguage() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(location.href).then(r => r.text()).then(html => done(new DOMParser()"
                        + ".parseFromString(html, 'text/html').documentElement.getAttribute('lang')));");
    }
}
