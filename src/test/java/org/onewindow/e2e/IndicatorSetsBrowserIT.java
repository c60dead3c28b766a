package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.notification.NotificationService;
import org.onewindow.satisfaction.EvaluationChannel;
import org.onewindow.satisfaction.IndicatorSet;
import org.onewindow.satisfaction.IndicatorSetDraft;
import org.onewindow.satisfaction.IndicatorSetService;
import org.onewindow.support.Fresh;
import org.onewindow.support.Journeys;
import org.onewindow.support.Staff;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrator makes a new version of the SMS link's indicator set, renames its last indicator in Chinese and
 * in English and publishes it after confirming; the next citizen answering an SMS survey link is asked the new
 * indicator, in either language, and the answer keeps the new version. The SMS set's earlier content is published
 * again afterwards, as a further version, so the other browser tests find the indicators they expect.
 */
@DemoHallBrowserTest
class IndicatorSetsBrowserIT {

    private static final String NEW_NAME_ZH = "一次性告知材料";
    private static final String NEW_NAME_EN = "Materials told at once";

    /** The confirm dialog's confirm button, wherever the overlay put it (its light DOM or a shadow root). */
    private static final String CONFIRM_BUTTON = """
            const find = root => {
              for (const e of root.querySelectorAll('*')) {
                if (e.getAttribute('slot') === 'confirm-button' && e.getClientRects().length > 0) { return e; }
                if (e.shadowRoot) { const inside = find(e.shadowRoot); if (inside) { return inside; } }
              }
              return null; };
            return find(document);""";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    @Autowired
    Staff staff;
    @Autowired
    IndicatorSetService sets;
    @Autowired
    Journeys journeys;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedNewVersionIsWhatTheNextSurveyAsksAndWhatItsAnswerKeeps() {
        IndicatorSet before = staff.as("admin", () -> sets.current(EvaluationChannel.SMS));
        int last = before.indicators().size() - 1;
        String renamedCode = before.indicators().get(last).code();
        try {
            browser.signIn("admin", "demo");
            browser.open("/admin/indicators");
            browser.click("indicator-set-new-SMS");
            browser.byId("indicator-name-zh-" + last);
            browser.type("indicator-name-zh-" + last, NEW_NAME_ZH);
            browser.type("indicator-name-en-" + last, NEW_NAME_EN);
            browser.type("indicator-set-note", "The last indicator asks whether the materials were told at once.");
            browser.screenshot("indicators-1-draft");
            browser.click("indicator-set-save");
            browser.waitForText("indicator-sets-grid", NEW_NAME_EN);
            IndicatorSet draft = staff.as("admin", () -> sets.history(EvaluationChannel.SMS)).stream()
                    .filter(IndicatorSet::draft).findFirst().orElseThrow();
            assertThat(draft.version()).isEqualTo(before.version() + 1);
            assertThat(draft.indicators().get(last).nameZh()).isEqualTo(NEW_NAME_ZH);

            browser.click("indicator-set-publish-" + draft.id());
            Object confirm = browser.until("the publish confirmation", d -> browser.script(CONFIRM_BUTTON));
            browser.screenshot("indicators-2-confirm");
            browser.script("arguments[0].click();", confirm);
            browser.waitForVaadin();
            browser.until("the new version published",
                    d -> staff.as("admin", () -> sets.current(EvaluationChannel.SMS)).version() == draft.version());
            browser.until("the old version no longer publishable again",
                    d -> d.findElements(By.id("indicator-set-publish-" + draft.id())).isEmpty());
            browser.screenshot("indicators-3-published");

            // A case registered at the window and closed: its survey link goes by SMS, so the SMS set is asked.
            String caseNumber = journeys.closedSocialSecurityCard(Fresh.residentId(), "Lu Qing", "13700002222");
            String link = browser.wait.until(d -> surveyLink(caseNumber));
            browser.driver.manage().deleteAllCookies();
            browser.driver.manage().window().setSize(new Dimension(400, 850));
            try {
                browser.open(link);
                Pages.QuestionnairePage questionnaire = new Pages.QuestionnairePage(browser);
                assertThat(questionnaire.indicators()).hasSize(before.indicators().size()).last().asString()
                        .startsWith(NEW_NAME_EN + " (");
                browser.pickFromSelect("language-switch", "简体中文");
                browser.waitForText("survey-scores", NEW_NAME_ZH);
                assertThat(questionnaire.indicators()).last().asString().startsWith(NEW_NAME_ZH);
                browser.screenshot("indicators-4-survey-zh");
                browser.pickFromSelect("language-switch", "English");
                browser.waitForText("survey-scores", NEW_NAME_EN);

                browser.check("survey-overall", "Satisfied");
                questionnaire.scoreEveryIndicator("4");
                browser.type("survey-visits", "1");
                browser.click("survey-submit");
                browser.byId("survey-thanks");
            } finally {
                browser.driver.manage().window().setSize(new Dimension(1400, 1000));
            }

            Integer answeredVersion = jdbc.sql("""
                    select s.version from sat_response r join sat_indicator_set s on s.id = r.indicator_set_id
                    where r.case_number = ? and s.channel = 'SMS'""").param(caseNumber).query(Integer.class).single();
            assertThat(answeredVersion).isEqualTo(draft.version());
            List<String> scored = jdbc.sql("""
                    select sc.indicator_code from sat_response_score sc join sat_response r on r.id = sc.response_id
                    where r.case_number = ?""").param(caseNumber).query(String.class).list();
            assertThat(scored).hasSize(before.indicators().size()).contains(renamedCode);
        } finally {
            putBack(before);
        }
    }

    /** Publishes the content the SMS set had before as a further version, unless it is still the one in force. */
    private void putBack(IndicatorSet before) {
        staff.run("admin", () -> {
            List<IndicatorSet> history = new ArrayList<>(sets.history(EvaluationChannel.SMS));
            history.stream().filter(IndicatorSet::draft).forEach(draft -> sets.discard(draft.id()));
            if (sets.current(EvaluationChannel.SMS).indicators().equals(before.indicators())) {
                return;
            }
            IndicatorSet again = sets.createDraft(EvaluationChannel.SMS);
            sets.saveDraft(again.id(), IndicatorSetDraft.of(before));
            sets.publish(again.id());
        });
    }

    /** The survey link texted to the citizen of the case, or null while there is none yet. */
    private String surveyLink(String caseNumber) {
        return notifications.messagesOfCase(caseNumber).stream().map(message -> message.body())
                .filter(body -> body.contains("/survey/")).map(body -> body.substring(body.indexOf("/survey/")))
                .map(link -> link.split("\\s")[0]).findFirst().orElse(null);
    }
}
