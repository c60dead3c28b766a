package org.onewindow.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/**
 * Deque's axe-core on the page the browser shows, against WCAG 2.0 A and AA (what GB/T 37668-2019 asks of
 * government sites). Collects the serious and critical violations of every page it is run on, so that one run of
 * a test lists them all, each with the rule, where and what to do.
 */
final class AxeAudit {

    private static final List<String> STANDARD = List.of("wcag2a", "wcag2aa");
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private final BrowserSession browser;
    private final List<String> violations = new ArrayList<>();
    private int pagesChecked;

    AxeAudit(BrowserSession browser) {
        this.browser = browser;
    }

    /** Checks the page now shown, named {@code page} in the report (e.g. "manager /reports/process zh"). */
    AxeAudit check(String page) {
        browser.waitForVaadin();
        Results results = new AxeBuilder().withTags(STANDARD).analyze(browser.driver);
        if (results.getErrorMessage() != null) {
            throw new IllegalStateException("axe-core did not run on " + page + ": " + results.getErrorMessage());
        }
        pagesChecked++;
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                rule.getNodes().forEach(node -> violations.add(page + ": " + rule.getId() + " (" + rule.getImpact()
                        + ") at " + node.getTarget() + " — " + rule.getHelp() + " " + rule.getHelpUrl()));
            }
        }
        return this;
    }

    List<String> violations() {
        return List.copyOf(violations);
    }

    int pagesChecked() {
        return pagesChecked;
    }
}
