package org.onewindow.casework.ui;

import com.vaadin.flow.component.html.Div;

/**
 * Stands in for the satisfaction module's result notice, where the task screen goes after a delivery. Registered
 * by the view tests themselves ({@link #PATH}): a {@code @Route} here would also be found by the application
 * started for the browser tests, beside the real view.
 */
public class ResultNoticeStub extends Div {

    static final String PATH = "case/:caseNumber/result-notice";

    static void register() {
        com.vaadin.flow.router.RouteConfiguration.forApplicationScope().setRoute(PATH, ResultNoticeStub.class);
    }
}
