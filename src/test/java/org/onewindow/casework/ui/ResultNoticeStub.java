package org.onewindow.casework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** Stands in for the satisfaction module's result notice, where the task screen goes after a delivery. */
@Route("case/:caseNumber/result-notice")
public class ResultNoticeStub extends Div {
}
