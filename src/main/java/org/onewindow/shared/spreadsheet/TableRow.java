package org.onewindow.shared.spreadsheet;

import java.util.Map;

/**
 * One data row of an import file: its row number as Excel shows it, and its trimmed values by column key (an
 * absent optional column reads as empty).
 */
public record TableRow(String file, int row, Map<String, String> values, Map<String, String> headers) {

    public TableRow {
        values = Map.copyOf(values);
        headers = Map.copyOf(headers);
    }

    /** The trimmed value of the column, {@code ""} when empty or absent. */
    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    public boolean isEmpty(String key) {
        return get(key).isEmpty();
    }

    /** A problem with this row's value in the column, named by the header the file gives it. */
    public ImportProblem problem(String key, String message) {
        return new ImportProblem(file, row, headers.getOrDefault(key, key), message);
    }
}
