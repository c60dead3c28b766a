package org.onewindow.shared.ui;

import java.time.Instant;

import com.vaadin.flow.component.html.Span;

/** A due date as every list shows it: the date, and in red with "overdue" when it has passed. */
public final class DueDateLabel {

    private DueDateLabel() {
    }

    public static Span of(HallDates dates, Instant due, boolean overdue) {
        Span label = new Span(dates.date(due));
        if (overdue) {
            label.setText(label.getTranslation("shared.due.overdue", dates.date(due)));
            label.addClassName("overdue");
        }
        return label;
    }
}
