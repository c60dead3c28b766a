package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.reporting.HallHistory;
import org.onewindow.reporting.HallHistory.SeedCase;
import org.onewindow.reporting.HallHistory.SeedResponse;
import org.onewindow.reporting.PublicResultsService;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Someone opens the public results on a phone, signed out, in English (the browser's language) and then in
 * Chinese: the hall's and each department's figures are shown, a department with too few evaluations says so, and
 * nothing scrolls sideways. Then the hall's large screen at 1920×1080. Both pass axe-core.
 */
@DemoHallBrowserTest
class PublicResultsBrowserIT {

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    PublicResultsService results;

    /**
     * This month: NATRES-003 (NATRES) 22 closed cases with 21 evaluations, 17 good; CIVIL-002 (CIVIL) 3, too few.
     * Departments and items the other browser tests do not work with.
     */
    private void seedThisMonth() {
        if (jdbc.queryForObject("select count(*) from intake_case where case_number = 'PRB-N01'", Integer.class) == 0) {
            Instant closed = clock.instant().minusSeconds(1);
            List<SeedCase> cases = new ArrayList<>();
            List<SeedResponse> answers = new ArrayList<>();
            for (int i = 1; i <= 25; i++) {
                boolean natres = i <= 22;
                String number = String.format(natres ? "PRB-N%02d" : "PRB-C%02d", i);
                String item = natres ? "NATRES-003" : "CIVIL-002";
                String department = natres ? "NATRES" : "CIVIL";
                cases.add(new SeedCase(number, item, "Seeded item", department, "WINDOW",
                        closed.minus(Duration.ofDays(1)), closed, closed, 1, true));
                if (i != 22) {
                    int overall = natres && i > 17 ? 2 : 4;
                    answers.add(new SeedResponse(number, item, department, closed, overall, overall, overall, overall,
                            overall, overall, 1, "LINK", "frontdesk", overall <= 2 ? "Clerk Li was rude" : null));
                }
            }
            HallHistory history = new HallHistory(jdbc);
            history.cases(cases);
            history.responses(answers);
        }
        results.refresh();
    }

    @Test
    void thePublicPageOnAPhoneInEnglishAndChinese() {
        seedThisMonth();
        browser.driver.manage().deleteAllCookies();
        AxeAudit axe = new AxeAudit(browser);
        browser.windowSize(390, 844);
        try {
            browser.open("/results");
            browser.byId("results-hall");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText())
                    .isEqualTo("Good and bad reviews: public results");
            assertThat(card("Natural Resources Bureau")).contains("Evaluations 21", "Closed cases 22",
                    "Evaluation rate 95.5%",
                    "Good-review rate 81.0%", "Bad reviews 4");
            assertThat(card("Civil Affairs Bureau"))
                    .contains("Evaluations 3", "Too few evaluations to show a rate (fewer than 20).")
                    .doesNotContain("%");
            assertThat(browser.text("results-items")).contains("Real estate register search",
                    "Elderly care subsidy");
            assertThat(browser.driver.findElement(By.tagName("body")).getText())
                    .doesNotContain("PRB-", "Clerk Li", "Seeded citizen", "13800000000", "frontdesk");
            assertThat(fitsTheWidth()).as("no sideways scrolling at 390 px, English").isTrue();
            browser.screenshot("results-phone-en");
            axe.check("/results en at 390 px");

            browser.click("results-year");
            browser.waitForVaadin();
            assertThat(browser.text("results-hall")).contains("Evaluations");

            browser.pickFromSelect("language-switch", "简体中文");
            browser.until("the page in Chinese", d -> "zh-CN".equals(browser.script(
                    "return document.documentElement.lang;")));
            browser.byId("results-hall");
            assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("好差评公示");
            assertThat(card("自然资源局")).contains("评价数 21", "好评率 81.0%", "差评数 4");
            assertThat(card("民政局")).contains("评价数不足 20 条，暂不显示比率。");
            assertThat(browser.text("results-items")).contains("不动产登记资料查询", "高龄津贴申领");
            assertThat(fitsTheWidth()).as("no sideways scrolling at 390 px, Chinese").isTrue();
            browser.screenshot("results-phone-zh");
            axe.check("/results zh at 390 px");

            browser.windowSize(1920, 1080);
            browser.open("/results/display");
            browser.byId("display-chart");
            assertThat(browser.text("display-evaluations")).isNotBlank();
            assertThat(browser.driver.findElements(By.cssSelector("#display-chart svg"))).hasSize(1);
            assertThat(fitsTheWidth()).as("the large screen fits 1920 px").isTrue();
            browser.screenshot("results-display-zh");
            axe.check("/results/display zh");

            browser.open("/results");
            browser.pickFromSelect("language-switch", "English");
            browser.until("the page in English again", d -> "en".equals(browser.script(
                    "return document.documentElement.lang;")));
        } finally {
            browser.windowSize(1400, 1000);
        }
        assertThat(axe.violations()).as("serious or critical axe-core violations").isEmpty();
    }

    /** The text of the department's card, found by its name. */
    private static String card(String name) {
        return browser.driver.findElement(By.id("results-departments"))
                .findElement(By.cssSelector(".results-card[aria-label='" + name + "']")).getText()
                .replaceAll("\\s+", " ");
    }

    private static boolean fitsTheWidth() {
        return Boolean.TRUE.equals(browser.script("return document.documentElement.scrollWidth <= window.innerWidth;"));
    }
}
