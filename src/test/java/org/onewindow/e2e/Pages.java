package org.onewindow.e2e;

/**
 * Page objects for the screens the journey goes through; each knows its component ids so tests speak in
 * the hall's terms.
 */
final class Pages {

    private Pages() {
    }

    /**
     * The questionnaire on the survey page, the kiosk and the phone follow-up: the overall rating and the indicators
     * of the channel's current set, one radio group each ({@code survey-score-<CODE>}).
     */
    record QuestionnairePage(BrowserSession browser) {

        private static final org.openqa.selenium.By INDICATORS = org.openqa.selenium.By
                .cssSelector("vaadin-radio-group[id^='survey-score-']");

        /** The indicators asked, by their labels in the page's language, in the set's order. */
        java.util.List<String> indicators() {
            browser.byId("survey-scores");
            return browser.all(INDICATORS).stream().map(group -> group.getDomProperty("label")).toList();
        }

        /** Gives every indicator the same score (1 to 5). */
        QuestionnairePage scoreEveryIndicator(String score) {
            browser.byId("survey-scores");
            for (String id : browser.all(INDICATORS).stream().map(group -> group.getDomAttribute("id")).toList()) {
                browser.check(id, score);
            }
            return this;
        }
    }

    record IntakePage(BrowserSession browser) {

        IntakePage open() {
            browser.open("/intake");
            browser.byId("intake-submit");
            return this;
        }

        IntakePage applicant(String idNumber, String name, String mobile) {
            browser.type("intake-id-number", idNumber);
            browser.click("intake-find-citizen");
            browser.type("intake-name", name);
            browser.type("intake-mobile", mobile);
            return this;
        }

        /** The language the citizen reads: their papers and messages are in it, whatever the screen's. */
        IntakePage citizenReads(String languageName) {
            browser.pickFromSelect("intake-language", languageName);
            return this;
        }

        IntakePage serviceItem(String search, String name) {
            browser.pickFromComboBox("intake-service-item", search, name);
            browser.waitForText("intake-item-info", "Lead department");
            return this;
        }

        IntakePage received(String material) {
            browser.check("intake-materials", material);
            return this;
        }

        IntakePage screenshot(String name) {
            browser.screenshot(name);
            return this;
        }

        /** Submits and returns the case number printed on the receipt. */
        String submit() {
            browser.click("intake-submit");
            browser.waitForUrl("/receipt/");
            return browser.text("receipt-case-number");
        }
    }

    record InboxPage(BrowserSession browser, String idPrefix, String path) {

        static InboxPage queue(BrowserSession browser) {
            return new InboxPage(browser, "queue", "/tasks/queue");
        }

        static InboxPage department(BrowserSession browser) {
            return new InboxPage(browser, "department", "/tasks/department");
        }

        static InboxPage mine(BrowserSession browser) {
            return new InboxPage(browser, "my-tasks", "/tasks/mine");
        }

        InboxPage open(String caseNumber) {
            browser.open(path);
            browser.filterGridByCase(idPrefix + "-filter-case", idPrefix + "-grid", caseNumber);
            return this;
        }

        TaskPage claimAndOpen(String caseNumber, String taskKey) {
            browser.click("claim-open-" + caseNumber + "-" + taskKey);
            browser.waitForUrl("/task/");
            return new TaskPage(browser);
        }

        TaskPage openTask(String caseNumber, String taskKey) {
            browser.click("open-" + caseNumber + "-" + taskKey);
            browser.waitForUrl("/task/");
            return new TaskPage(browser);
        }
    }

    record NoticePage(BrowserSession browser) {

        String missing() {
            return browser.text("notice-missing");
        }
    }

    record TaskPage(BrowserSession browser) {

        TaskPage opinion(String text) {
            browser.type("task-opinion", text);
            return this;
        }

        TaskPage decide(String choice, String reason) {
            browser.check("task-decision", choice);
            if (reason != null) {
                browser.type("task-reason", reason);
            }
            return this;
        }

        TaskPage delivered(String method) {
            browser.pickFromSelect("task-delivery-method", method);
            browser.check("task-delivered", "handed over");
            return this;
        }

        /** Opens the one-time notice dialog, ticks nothing more than pre-filled, adds a note and issues it. */
        NoticePage returnForMaterials(String note) {
            browser.click("task-return-materials");
            browser.byId("materials-missing");
            browser.type("materials-note", note);
            browser.click("materials-issue");
            browser.waitForUrl("/notice/");
            return new NoticePage(browser);
        }

        TaskPage received(String material) {
            browser.check("task-received-materials", material);
            return this;
        }

        String opinions() {
            return browser.text("case-opinions");
        }

        void complete() {
            browser.click("task-complete");
            browser.waitForUrl("/tasks/mine");
        }

        /** Completes the result delivery: the case closes and the result notice opens for printing. */
        ResultNoticePage closeCase() {
            browser.click("task-complete");
            browser.waitForUrl("/result-notice");
            return new ResultNoticePage(browser);
        }
    }

    record ResultNoticePage(BrowserSession browser) {

        String caseNumber() {
            return browser.text("result-notice-case-number");
        }

        String decision() {
            return browser.text("result-notice-decision");
        }

        String scanLine() {
            return browser.text("result-notice-scan");
        }

        /** Whether the QR code is drawn as SVG (in the SVG namespace, with its modules), not shown as text. */
        boolean qrCodeDrawn() {
            return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "const svg = document.querySelector('#result-notice-qr svg');"
                            + "return svg !== null && svg.namespaceURI === 'http://www.w3.org/2000/svg'"
                            + " && svg.getBoundingClientRect().width > 100 && svg.querySelector('path').getAttribute('d').length > 500;"));
        }
    }

    record KioskPairingPage(BrowserSession browser) {

        KioskPairingPage open() {
            browser.open("/kiosk-pairing");
            browser.byId("kiosk-pair");
            return this;
        }

        /** Pairs the kiosk and returns the path of the kiosk address shown (once). */
        String pair() {
            browser.click("kiosk-pair");
            String url = browser.text("kiosk-url");
            return url.substring(url.indexOf("/kiosk/"));
        }

        boolean qrCodeDrawn() {
            return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "const svg = document.querySelector('#kiosk-qr svg');"
                            + "return svg !== null && svg.namespaceURI === 'http://www.w3.org/2000/svg';"));
        }
    }

    /** The tablet at the window, facing the citizen: no sign-in. */
    record KioskPage(BrowserSession browser) {

        KioskPage open(String path) {
            browser.open(path);
            return this;
        }

        String waiting() {
            return browser.text("kiosk-waiting");
        }

        /** Waits until the kiosk, asking the server every few seconds, offers the questionnaire of the case. */
        String waitForQuestionnaire(String serviceItem) {
            browser.waitForText("kiosk-about", serviceItem);
            return browser.text("kiosk-about");
        }

        KioskPage rate(String overall, String score, String visits) {
            browser.check("survey-overall", overall);
            new QuestionnairePage(browser).scoreEveryIndicator(score);
            browser.type("survey-visits", visits);
            return this;
        }

        String submit() {
            browser.click("kiosk-submit");
            browser.waitForText("kiosk-thanks", "Thank you");
            return browser.text("kiosk-thanks");
        }
    }

    /** The public progress lookup, on the citizen's phone: no sign-in. */
    record ProgressPage(BrowserSession browser) {

        ProgressPage open(String path) {
            browser.open(path);
            browser.byId("progress-submit");
            return this;
        }

        String caseNumber() {
            return browser.byId("progress-case-number").getAttribute("value");
        }

        /** Types the code as a citizen might, and asks; the answer is either the case or a message. */
        ProgressPage lookUp(String lookupCode) {
            browser.type("progress-lookup-code", lookupCode);
            browser.click("progress-submit");
            return this;
        }

        String message() {
            return browser.text("progress-message");
        }

        String status() {
            return browser.text("progress-status");
        }

        String dueDate() {
            return browser.text("progress-due");
        }

        String steps() {
            return browser.text("progress-steps");
        }

        String everything() {
            return browser.byId("progress-result").getText();
        }

        /** Whether the page fits the screen's width, so that nothing has to be scrolled sideways on a phone. */
        boolean fitsTheWidth() {
            return Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth;"));
        }
    }
}
