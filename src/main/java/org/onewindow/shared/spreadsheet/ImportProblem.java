package org.onewindow.shared.spreadsheet;

/**
 * One thing wrong with an import file, where the person finds it in Excel.
 *
 * @param file the uploaded file's name (an import may take several files at once)
 * @param row the row as Excel numbers it (the header is row 1, the first data row 2); 0 for the file as a whole
 * @param column the column's header as the file has it (the template's when the column is missing); {@code null}
 *     for the whole file
 * @param message what is wrong, in the reader's language
 */
public record ImportProblem(String file, int row, String column, String message) {

    /** A problem with the whole file (not readable, too large, no header). */
    public static ImportProblem ofFile(String file, String message) {
        return new ImportProblem(file, 0, null, message);
    }
}
