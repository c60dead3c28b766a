package org.onewindow.shared.ui;

import java.io.Serializable;
import java.util.List;

import org.onewindow.shared.spreadsheet.ImportRejectedException;

import com.vaadin.flow.component.html.Paragraph;

/**
 * What an import screen says after "Check" or "Import": what was achieved ({@link #result}), or why nothing was
 * ({@link #message}, the form's message line) with every problem in {@link #problems}. The screen places the three
 * itself; at most one of the two lines shows at a time.
 */
public final class ImportOutcome implements Serializable {

    /** What the last check or import achieved. */
    public final Paragraph result = new Paragraph();
    /** Why the last check or import refused the files (the problems are in the grid). */
    public final Paragraph message = new Paragraph();
    public final ImportProblemsGrid problems;

    /**
     * @param idPrefix the ids are {@code <prefix>-result}, {@code <prefix>-message} and {@code <prefix>-problems}
     * @param fileHeader the problems' first column's header
     */
    public ImportOutcome(String idPrefix, String fileHeader) {
        problems = new ImportProblemsGrid(idPrefix + "-problems", fileHeader);
        result.setId(idPrefix + "-result");
        result.setVisible(false);
        FormErrors.messageLine(message, idPrefix + "-message");
    }

    /** Checked or imported: says what, and no problems remain listed. */
    public void done(String text) {
        problems.show(List.of());
        message.setVisible(false);
        result.setText(text);
        result.setVisible(true);
    }

    /** Refused: says so and lists every problem. */
    public void refused(ImportRejectedException rejected, String text) {
        problems.show(rejected.problems());
        say(text);
    }

    /** Nothing to do yet (no file chosen): says why, with no problems listed. */
    public void nothingToDo(String text) {
        problems.show(List.of());
        say(text);
    }

    private void say(String text) {
        result.setVisible(false);
        message.setText(text);
        message.setVisible(true);
    }
}
