package org.onewindow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.e2e.Pages.InboxPage;
import org.onewindow.e2e.Pages.IntakePage;
import org.onewindow.e2e.Pages.KioskPage;
import org.onewindow.e2e.Pages.KioskPairingPage;
import org.onewindow.e2e.Pages.NoticePage;
import org.onewindow.e2e.Pages.ProgressPage;
import org.onewindow.e2e.Pages.ResultNoticePage;
import org.onewindow.e2e.Pages.TaskPage;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.onewindow.casework.InboxFilter;
import org.onewindow.casework.TaskInboxService;
import org.onewindow.casework.TaskWorkService;
import org.onewindow.intake.CaseRegistration;
import org.onewindow.intake.Channel;
import org.onewindow.intake.IdType;
import org.onewindow.intake.CaseRegistrationService;
import org.onewindow.shared.PageRequest;
import org.onewindow.support.ChecklistInHand;
import org.onewindow.support.Staff;
import org.springframework.beans.factory.annotation.Autowired;
import org.onewindow.shared.i18n.Translations;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The core journey through the real UI in headless Chromium: the window registers a food business licence
 * (lead: market regulation, joint review: health), every department does its step, and the case closes.
 */
@DemoHallBrowserTest
class CaseJourneyBrowserIT {

    private static final String PASSWORD = "demo";

    @RegisterExtension
    static final BrowserSession browser = new BrowserSession();

    /** For the requests that do not wait for Vaadin (Camunda's pages). */
    @LocalServerPort
    int port;

    @Test
    void caseTravelsFromTheWindowThroughTheDepartmentsToClosing() {
        browser.signIn("frontdesk", PASSWORD);
        assertThat(browser.driver.getCurrentUrl()).endsWith("/intake");
        String caseNumber = new IntakePage(browser).open()
                .applicant("11010519491231002X", "Zhao Lan", "13800138000")
                .citizenReads("English")
                .serviceItem("food", "Food business licence")
                .received("Application form").received("Business licence").received("Floor plan of the premises")
                .received("Food safety management rules").received("Health certificates of staff")
                .screenshot("journey-1-intake")
                .submit();
        browser.screenshot("journey-2-receipt");
        assertThat(caseNumber).matches("OW-\\d{8}-\\d{5,}");
        assertThat(browser.text("receipt-lookup-code")).hasSize(8);
        // The registration was the acceptance: the receipt says where the case went, in the citizen's language.
        assertThat(browser.text("receipt-now-with")).contains("accepted at the window and is now with the");

        browser.signIn("amr.worker", PASSWORD);
        InboxPage.queue(browser).open(caseNumber)
                .claimAndOpen(caseNumber, ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT)
                .opinion("Premises and licence in order.").complete();

        browser.signIn("health.worker", PASSWORD);
        TaskPage jointReview = InboxPage.queue(browser).open(caseNumber)
                .claimAndOpen(caseNumber, ServiceRequestProcess.TASK_JOINT_REVIEW);
        assertThat(jointReview.opinions()).contains("Premises and licence in order.");
        jointReview.opinion("Kitchen inspected: meets the hygiene rules.").complete();

        browser.signIn("amr.head", PASSWORD);
        browser.open("/tasks/queue");
        browser.screenshot("journey-3-queue");
        TaskPage decision = InboxPage.queue(browser).open(caseNumber)
                .claimAndOpen(caseNumber, ServiceRequestProcess.TASK_DECISION_BY_LEAD_DEPARTMENT);
        assertThat(decision.opinions()).contains("Kitchen inspected: meets the hygiene rules.");
        decision.decide("Approve", null);
        browser.screenshot("journey-4-decision");
        decision.complete();

        browser.signIn("frontdesk2", PASSWORD);
        ResultNoticePage notice = InboxPage.queue(browser).open(caseNumber)
                .claimAndOpen(caseNumber, ServiceRequestProcess.TASK_RESULT_DELIVERY)
                .delivered("In person at the window").closeCase();
        assertThat(notice.caseNumber()).isEqualTo(caseNumber);
        assertThat(notice.decision()).contains("Approved");
        assertThat(notice.scanLine()).isEqualTo("Scan to rate our service");
        assertThat(notice.qrCodeDrawn()).as("the QR code is drawn as SVG").isTrue();
        browser.screenshot("journey-5-result-notice");

        browser.open("/case/" + caseNumber);
        assertThat(browser.byId("case-result-notice").getAttribute("href"))
                .endsWith("/case/" + caseNumber + "/result-notice");
        assertThat(browser.text("case-status")).isEqualTo("Closed");
        assertThat(browser.text("case-opinions")).contains("Approved", "Delivered: In person at the window");
        assertThat(browser.byId("case-diagram").getAttribute("innerHTML")).contains("ow-completed");
        Object drawn = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "const svg = document.querySelector('#case-diagram svg');"
                        + "const node = svg.querySelector('[data-element-id=user_task_result_delivery] rect');"
                        + "return svg.namespaceURI === 'http://www.w3.org/2000/svg' && node.getBBox().width > 50;");
        assertThat(drawn).as("the diagram is drawn as SVG, not shown as text").isEqualTo(true);
        assertThat(browser.text("case-notice-prints")).contains("printed at the delivery by");
        browser.screenshot("journey-6-closed-case");

        // Opened again, the notice has no survey code; a reprint with a reason makes a new one and is kept.
        browser.open("/case/" + caseNumber + "/result-notice");
        browser.waitForText("result-notice-no-qr", "not shown again");
        browser.click("result-notice-reprint");
        browser.type("result-notice-reprint-reason", "Citizen lost the notice");
        browser.click("result-notice-reprint-confirm");
        browser.waitForText("result-notice-prints", "because: Citizen lost the notice");
        assertThat(notice.qrCodeDrawn()).as("the reprint has a new QR code").isTrue();
        browser.screenshot("journey-7-reprinted-notice");
    }

    @Test
    void aCaseMissingMaterialsGetsItsOneTimeNoticeAtTheWindowAndTheWindowTakesThemIn() {
        browser.signIn("frontdesk", PASSWORD);
        String caseNumber = new IntakePage(browser).open()
                .applicant("110101199003074477", "Sun Hua", "13698765432")
                .citizenReads("English")
                .serviceItem("individual", "Individual business licence")
                .received("Application form")
                .submit();

        // Not everything required is in hand: the receipt leads the clerk straight to the one-time notice.
        assertThat(browser.driver.findElements(org.openqa.selenium.By.id("receipt-now-with"))).isEmpty();
        browser.screenshot("materials-0-receipt-leads-on");
        browser.click("receipt-window-step");
        browser.waitForUrl("/task/");
        NoticePage notice = new TaskPage(browser).returnForMaterials("Bring the originals, not copies.");
        assertThat(notice.missing()).contains("Resident ID card of the operator", "Proof of business premises")
                .doesNotContain("Application form");
        assertThat(browser.text("notice-bring-by")).contains("withdrawn");
        browser.screenshot("materials-1-notice");

        browser.open("/case/" + caseNumber);
        assertThat(browser.text("case-status")).isEqualTo("Waiting for materials");
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('case-diagram').scrollIntoView()");
        browser.screenshot("materials-2-case-diagram");

        InboxPage.queue(browser).open(caseNumber)
                .claimAndOpen(caseNumber, ServiceRequestProcess.TASK_RECEIVE_MISSING_MATERIALS)
                .received("Resident ID card of the operator").received("Proof of business premises")
                .complete();

        // The case goes back to the step that returned it, the window's acceptance review, now complete.
        InboxPage.mine(browser).open(caseNumber)
                .openTask(caseNumber, ServiceRequestProcess.TASK_ACCEPTANCE_REVIEW)
                .complete();
        browser.open("/case/" + caseNumber);
        assertThat(browser.text("case-status")).isEqualTo("In review");
    }

    @Test
    void citizenFollowsTheCaseOnAPhoneWithTheCodeFromTheReceipt() {
        browser.signIn("frontdesk", PASSWORD);
        String caseNumber = new IntakePage(browser).open()
                .applicant("440524198001010013", "Qian Ming", "13912345678")
                .citizenReads("English")
                .serviceItem("social security", "Social security card application")
                .received("Resident ID card").received("Recent photo")
                .submit();
        String code = browser.text("receipt-lookup-code");
        String dueDate = browser.text("receipt-due-date");
        String link = browser.byId("receipt-progress-link").getAttribute("href");
        assertThat(link).endsWith("/progress?case=" + caseNumber).doesNotContain(code);

        asCitizenOnAPhone(() -> {
            // The printed address points at the hall's public host; here the same path on the test server.
            ProgressPage page = new ProgressPage(browser).open(link.substring(link.indexOf("/progress")));
            assertThat(page.caseNumber()).isEqualTo(caseNumber);
            String wrongCode = code.equals("ABCDEFGH") ? "HGFEDCBA" : "ABCDEFGH";
            assertThat(page.lookUp(wrongCode).message()).contains("No case has this number with this lookup code");

            page.lookUp(code.toLowerCase(java.util.Locale.ROOT));
            browser.waitForText("progress-status", "Under review");
            assertThat(page.dueDate()).isEqualTo(dueDate);
            assertThat(page.steps()).contains("Acceptance review — done",
                    "Review by the lead department (Human Resources and Social Security Bureau) — in progress since",
                    "Result delivery — to come");
            assertThat(page.everything()).contains(caseNumber, "Social security card application")
                    .doesNotContain("Qian Ming", "440524", "13912345678", "frontdesk");
            assertThat(page.fitsTheWidth()).as("no sideways scrolling on a phone").isTrue();
            browser.screenshot("progress-1-phone");
        });
    }

    @Autowired
    Staff staff;
    @Autowired
    CaseRegistrationService intake;
    @Autowired
    TaskInboxService inbox;
    @Autowired
    TaskWorkService work;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;

    @Test
    void departmentHeadSeesTheEscalationAndReassignsTheStep() {
        // Set-up through the services: a lead review claimed by amr.worker whose deadline has passed.
        String caseNumber = staff.as("frontdesk", () -> intake.register(CaseRegistration.of(IdType.RESIDENT_ID,
                "440524198001010013", "Qian Ming", "13912345678", "AMR-001", ChecklistInHand.of("AMR-001"), null,
                Channel.WINDOW))).caseNumber();
        InboxFilter filter = new InboxFilter(caseNumber, null, false);
        staff.run("amr.worker", () -> work.claim(inbox.departmentQueue(filter, new PageRequest(0, 5)).get(0).taskId()));
        String processInstance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
                .singleResult().getId();
        executeJob(managementService.createJobQuery().processInstanceId(processInstance)
                .activityId("boundary_timer_lead_review_overdue").singleResult().getId());

        browser.signIn("amr.head", PASSWORD);
        InboxPage.department(browser).open(caseNumber);
        assertThat(browser.text("department-grid")).contains(caseNumber, "amr.worker");
        browser.screenshot("escalation-1-department-work");
        browser.click("reassign-" + caseNumber + "-" + ServiceRequestProcess.TASK_REVIEW_BY_LEAD_DEPARTMENT);
        browser.pickFromSelect("reassign-member", "Chen Jie");
        browser.click("reassign-confirm");

        browser.open("/case/" + caseNumber);
        assertThat(browser.text("case-events")).contains("escalated to the department head",
                "Reassigned from amr.worker to amr.head");
        browser.screenshot("escalation-2-case-events");
    }

    @Autowired
    org.onewindow.notification.NotificationService notifications;
    @Autowired
    org.onewindow.support.Journeys journeys;

    @Test
    void citizensBadReviewIsVerifiedAndRectifiedAndTheirSupplementaryReviewAppearsOnTheCase() {
        // A case closed through the services; the job executor runs the follow-up's asynchronous invitation.
        String caseNumber = journeys.closedSocialSecurityCard("320311197001010035", "Zhou Ping", "13511112222");
        String link = browser.wait.until(driver -> surveyLink(caseNumber, 1));

        asCitizenOnAPhone(() -> {
            browser.open(link);
            assertThat(browser.text("survey-about")).contains("Social security card application")
                    .doesNotContain("Zhou");
            // In the phone's language first (English here); the citizen switches to Chinese on the page.
            assertThat(browser.text("survey-overall")).contains("Overall, how satisfied are you?", "Very dissatisfied");
            browser.pickFromSelect("language-switch", "简体中文");
            browser.waitForText("survey-overall", "总体评价");
            assertThat(browser.text("survey-overall")).contains("非常不满意").doesNotContain("Very dissatisfied");
            assertThat(RAW_KEY.matcher(browser.driver.findElement(org.openqa.selenium.By.tagName("body")).getText())
                    .find())
                    .as("no raw key on the survey").isFalse();
            browser.check("survey-overall", "非常不满意");
            // A case registered at the window, answered through the SMS link: the SMS channel's set, version 1.
            Pages.QuestionnairePage questionnaire = new Pages.QuestionnairePage(browser);
            assertThat(questionnaire.indicators()).hasSize(5).first().asString().startsWith("办理时效");
            questionnaire.scoreEveryIndicator("2");
            browser.screenshot("survey-1-phone");
            browser.click("survey-submit");
            assertThat(browser.byId("survey-visits").getAttribute("invalid")).isNotNull();
            browser.type("survey-visits", "3");
            browser.type("survey-comment", "I had to come three times.");
            browser.click("survey-submit");
            browser.waitForText("survey-thanks", "感谢您的评价");
            browser.open(link);
            assertThat(browser.text("survey-supplement-about")).contains("追评");
        });

        // The head of the lead department verifies the review with the citizen, then rectifies.
        browser.signIn("hrss.head", PASSWORD);
        browser.open("/bad-reviews");
        browser.waitForText("rectification-grid", caseNumber);
        browser.clickGridCell("rectification-grid", caseNumber);
        browser.waitForUrl("/bad-review/" + caseNumber);
        assertThat(browser.text("rectification-reviews")).contains("I had to come three times.");
        browser.check("rectification-verdict", "Justified");
        browser.click("rectification-verify");
        assertThat(browser.byId("rectification-note").getAttribute("invalid")).isNotNull();
        browser.type("rectification-note", "Called Mr Zhou: the checklist at the window was out of date.");
        browser.click("rectification-verify");
        browser.waitForText("rectification-stage", "To rectify");
        browser.type("rectification-measures", "Checklists updated at every window; staff briefed.");
        browser.screenshot("rectification-1-head");
        browser.click("rectification-rectify");
        browser.waitForText("rectification-stage", "Fed back");

        // The citizen gets the outcome with a link for one supplementary review.
        String feedbackLink = surveyLink(caseNumber, 2);
        asCitizenOnAPhone(() -> {
            browser.open(feedbackLink);
            browser.check("survey-supplement-overall", "Satisfied");
            browser.type("survey-supplement-comment", "The staff called me back and sorted it out.");
            browser.click("survey-supplement-submit");
            browser.waitForText("survey-thanks", "supplementary review was received");
            browser.open(feedbackLink);
            assertThat(browser.text("survey-unavailable")).contains("already answered");
        });

        browser.signIn("hrss.head", PASSWORD);
        browser.open("/case/" + caseNumber);
        browser.waitForText("case-reviews", "The staff called me back and sorted it out.");
        assertThat(browser.text("case-reviews")).contains("Supplementary review")
                .contains("I had to come three times.");
        browser.scrollTo("case-reviews");
        browser.screenshot("rectification-2-case-with-supplementary-review");
        browser.signIn("hrss.worker", PASSWORD); // department staff see aggregates only, never a citizen's answers
        browser.open("/case/" + caseNumber);
        browser.waitForText("case-steps", "Result delivery");
        assertThat(browser.all(org.openqa.selenium.By.id("case-reviews"))).isEmpty();
    }

    @Test
    void managerOpensBothReportsFiltersThemAndDownloadsAnExport() throws Exception {
        journeys.closedSocialSecurityCard("320311197001010043", "Qian Yu", "13522223333");
        browser.signIn("manager", PASSWORD);
        browser.open("/reports/process");
        assertThat(Integer.parseInt(browser.text("figure-closed"))).isPositive();
        browser.pickFromSelect("report-channel", "At the window");
        browser.click("report-apply");
        browser.waitForText("report-items-grid", "Social security card application");
        assertThat(browser.byId("chart-bottleneck-diagram").getAttribute("innerHTML")).contains("ow-heat");
        browser.screenshot("report-1-process");

        java.nio.file.Path export = BrowserSession.DOWNLOADS.resolve("service-items.csv");
        java.nio.file.Files.deleteIfExists(export);
        browser.click("export-service-items-csv");
        browser.wait.until(driver -> java.nio.file.Files.exists(export));
        String csv = java.nio.file.Files.readString(export, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Code,Name,Received,Closed").contains("HRSS-001,Social security card application");

        browser.open("/reports/satisfaction");
        // The indicators' part has loaded: a reliability line per set version answered (its id suffixed with the
        // channel and version), or its one line when no version was answered in the period (this test alone).
        browser.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(
                org.openqa.selenium.By.cssSelector("[id^='reliability-alpha'], #indicators-none")));
        browser.pickFromSelect("report-channel", "At the window");
        browser.click("report-apply");
        assertThat(browser.byId("chart-levels").getAttribute("innerHTML")).contains("<svg");
        assertThat(browser.text("channel-bias-message")).isNotBlank();
        browser.screenshot("report-2-satisfaction");
    }

    @Test
    void staffSwitchTheShellToChineseAndBack() {
        // An online request waits in the front desk's queue, so the queue has a row to read.
        intake.registerOnline(CaseRegistration.of(IdType.RESIDENT_ID, "320311197001010078", "Qin Mu", "13544445555",
                "HRSS-001", List.of(), null, Channel.ONLINE), "open311:browser-test");
        browser.signIn("frontdesk", PASSWORD);
        browser.waitForText("main-nav", "New case");
        browser.pickFromSelect("language-switch", "简体中文");
        browser.waitForText("main-nav", "窗口受理");
        assertThat(browser.text("logout")).isEqualTo("退出登录");
        browser.open("/tasks/queue");
        browser.waitForText("queue-grid", "办件");
        assertThat(browser.byId("queue-filter-case").getAttribute("label")).isEqualTo("办件编号");
        // Dates in the Chinese way, e.g. 2026年11月29日 09:30.
        browser.waitForText("queue-grid", "年");
        assertThat(browser.text("queue-grid")).containsPattern("\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}");
        assertThat(browser.text("main-nav") + browser.text("current-user")).as("no raw translation key")
                .doesNotContain("!zh").doesNotContain("menu.");
        browser.screenshot("language-zh");
        browser.pickFromSelect("language-switch", "English");
        browser.waitForText("main-nav", "New case");
        assertThat(browser.text("logout")).isEqualTo("Sign out");
    }

    /**
     * Every screen each kind of staff member can reach from the menu, in Chinese: no raw translation key on any
     * of them, and no key the application looked for and did not find.
     */
    @Test
    void everyScreenInTheMenuOfEveryRoleIsInChineseWithoutRawKeys() {
        journeys.closedSocialSecurityCard("320311197001010051", "Tao Ran", "13533334444");
        for (String user : List.of("frontdesk", "hrss.head", "followup", "manager", "admin")) {
            browser.signIn(user, PASSWORD);
            browser.pickFromSelect("language-switch", "简体中文");
            browser.waitForText("logout", "退出登录");
            List<String> paths = browser.all(org.openqa.selenium.By.cssSelector("#main-nav vaadin-side-nav-item"))
                    .stream()
                    .map(item -> item.getAttribute("path")).toList();
            assertThat(paths).as("menu of %s", user).isNotEmpty();
            for (String path : paths) {
                browser.open("/" + path.replaceFirst("^/", ""));
                String page = browser.driver.findElement(org.openqa.selenium.By.tagName("body")).getText();
                assertThat(RAW_KEY.matcher(page).find()).as("raw key on /%s for %s: %s", path, user, page).isFalse();
                assertThat(page).as("/%s for %s is in Chinese", path, user).containsPattern("\\p{IsHan}");
            }
        }
        assertThat(Translations.missingKeys()).filteredOn(key -> !key.startsWith("test.")).isEmpty();
    }

    private static final java.util.regex.Pattern RAW_KEY = java.util.regex.Pattern
            .compile("!(shared|directory|catalog|intake|casework|satisfaction|notification|reporting|open311)\\.");

    /**
     * The front desk finds a citizen by ID number, must say why they open the file of someone without an open
     * case, reveals the ID number with a reason; the manager reads the demand report.
     */
    @Test
    void frontDeskOpensACitizenFileWithAReasonAndTheManagerReadsTheDemandReport() {
        String idNumber = "320311198002020045";
        String caseNumber = journeys.closedSocialSecurityCard(idNumber, "Jiang Yu", "13566667777");

        browser.signIn("frontdesk", PASSWORD);
        browser.open("/applicants");
        browser.type("applicant-search", idNumber);
        browser.click("applicant-search-go");
        browser.waitForText("applicant-results", "Jiang Yu");
        browser.driver.findElement(org.openqa.selenium.By.xpath("//vaadin-grid[@id='applicant-results']"
                + "//a[contains(., 'Jiang Yu')]")).click();
        browser.waitForUrl("/applicant/person-");
        // No open case of hers at this window: a reason first.
        browser.click("file-open");
        assertThat(browser.byId("file-reason").getAttribute("invalid")).isNotNull();
        browser.type("file-reason", "She called about her card and asked what we hold about her.");
        browser.click("file-open");
        browser.waitForText("file-cases", caseNumber);
        assertThat(browser.text("file-applicant")).contains("Jiang Yu");
        assertThat(browser.text("file-id-masked")).doesNotContain(idNumber).contains("320").contains("0045");
        browser.click("file-reveal");
        browser.type("reveal-reason", "Checking her ID card at the window.");
        browser.click("reveal-confirm");
        browser.waitForText("file-id-number", idNumber);
        browser.screenshot("citizen-file");

        browser.signIn("manager", PASSWORD);
        browser.open("/reports/demand");
        browser.waitForText("demand-items-grid", "Social security card application");
        assertThat(browser.byId("chart-arrivals-heatmap").getAttribute("innerHTML")).contains("<svg");
        assertThat(browser.text("staffing-grid")).isNotBlank();
        browser.screenshot("report-3-demand");
    }

    /** The n-th survey link texted to the citizen of the case, or null while there is none yet. */
    private String surveyLink(String caseNumber, int nth) {
        List<String> links = notifications.messagesOfCase(caseNumber).stream().map(message -> message.body())
                .filter(body -> body.contains("/survey/")).map(body -> body.substring(body.indexOf("/survey/")))
                .map(link -> link.split("\\s")[0]).toList();
        return links.size() < nth ? null : links.get(nth - 1);
    }

    /** Signed out, on a phone-sized screen, as the citizen opening a link from a text message. */
    private void asCitizenOnAPhone(Runnable steps) {
        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(400, 850));
        try {
            steps.run();
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
    }

    @Autowired
    org.onewindow.directory.DirectoryService directory;
    @Autowired
    org.onewindow.satisfaction.SatisfactionService satisfaction;

    @Test
    void citizenRatesTheWindowOnItsKioskRightAfterTheCaseIsClosed() {
        // A window of its own, so that the kiosk shows only what this test closes.
        directory.createStaff(new org.onewindow.directory.StaffAccount("kiosk.desk", "王芳", "Wang Fang", null, null,
                null, java.util.Set.of(org.onewindow.shared.AppRoles.FRONT_DESK), java.util.Set.of("HALL"), PASSWORD));
        browser.signIn("kiosk.desk", PASSWORD);
        KioskPairingPage pairing = new KioskPairingPage(browser).open();
        String kioskPath = pairing.pair();
        assertThat(pairing.qrCodeDrawn()).isTrue();
        browser.screenshot("kiosk-1-pairing");

        browser.driver.manage().deleteAllCookies();
        browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1024, 768)); // a tablet
        try {
            KioskPage kiosk = new KioskPage(browser).open(kioskPath);
            assertThat(kiosk.waiting()).contains("Window of Wang Fang");
            String caseNumber = journeys.closedSocialSecurityCard("110101199003074477", "Sun Hua", "13698765432",
                    "kiosk.desk");
            assertThat(kiosk.waitForQuestionnaire("Social security card application")).doesNotContain("Sun Hua")
                    .doesNotContain(caseNumber);
            browser.screenshot("kiosk-2-questionnaire");
            assertThat(kiosk.rate("Very satisfied", "5", "1").submit())
                    .contains("Thank you! Your answers were received.");
            assertThat(satisfaction.rating(caseNumber)).contains(org.onewindow.satisfaction.Rating.VERY_SATISFIED);
        } finally {
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
        }
    }

    /**
     * Runs a job now. The job executor runs in this context too, and may be changing the same process (an
     * at-risk timer due at once), which the engine reports as an optimistic-locking conflict: try again.
     */
    private void executeJob(String jobId) {
        for (int attempt = 1;; attempt++) {
            try {
                managementService.executeJob(jobId);
                return;
            } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    @Test
    void administratorReachesCockpitWithTheSameSignIn() {
        browser.signIn("admin", PASSWORD);
        browser.open("/admin/calendar");
        browser.waitForText("calendar-grid", "National Day");
        browser.screenshot("admin-holiday-calendar");
        // Opening a webapp hands OneWindow's signed-in user to Camunda (ContainerBasedAuthenticationFilter).
        browser.driver.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        browser.wait.until(driver -> driver.getPageSource().contains("Process Definitions"));
        browser.screenshot("cockpit-as-admin");
        browser.driver.get("http://localhost:" + port + "/camunda/api/admin/auth/user/default");
        assertThat(browser.driver.getPageSource()).contains("\"userId\":\"admin\"");

    }
}
