package org.onewindow.shared.ui;

import java.util.List;

import org.onewindow.shared.spreadsheet.ImportProblem;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

/**
 * Every problem of a refused import, each where it is: the file (and sheet), the Excel row, the column and what to
 * correct. Hidden while there is nothing to show.
 */
public class ImportProblemsGrid extends Grid<ImportProblem> {

    /** @param fileHeader the first column's header: "File", or "File › sheet" for a workbook of several sheets */
    public ImportProblemsGrid(String id, String fileHeader) {
        super(ImportProblem.class, false);
        setId(id);
        addColumn(ImportProblem::file).setKey("file").setHeader(fileHeader).setAutoWidth(true).setFlexGrow(0);
        addColumn(problem -> problem.row() == 0 ? "" : Integer.toString(problem.row())).setKey("row")
                .setHeader(getTranslation("shared.import.row")).setAutoWidth(true).setFlexGrow(0);
        addColumn(problem -> problem.column() == null ? "" : problem.column()).setKey("column")
                .setHeader(getTranslation("shared.import.column")).setAutoWidth(true).setFlexGrow(0);
        addColumn(ImportProblem::message).setKey("message").setHeader(getTranslation("shared.import.message"))
                .setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        setVisible(false);
    }

    /** The problems of one upload, at most a few thousand, in memory: no table behind them to page. */
    public void show(List<ImportProblem> found) {
        setItems(found);
        setVisible(!found.isEmpty());
    }
}
