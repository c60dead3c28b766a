package org.onewindow.reporting.internal.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A report's table as it is exported: a title (the sheet's and the file's name), column headers, and rows of
 * values. Values may be {@code null} (empty cell), numbers, booleans, {@code LocalDate}, {@code LocalDateTime},
 * {@code Instant} (shown in the hall's time zone) or anything else, which is written as its {@code toString()}.
 */
public record ReportTable(String title, List<String> headers, List<List<Object>> rows) {

    public ReportTable {
        Objects.requireNonNull(title, "title");
        headers = List.copyOf(headers);
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        List<List<Object>> copied = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            if (row == null || row.size() != headers.size()) {
                throw new IllegalArgumentException("Row " + (r + 1) + " has " + (row == null ? 0 : row.size())
                        + " values for " + headers.size() + " columns");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row))); // List.copyOf refuses empty cells (null)
        }
        rows = Collections.unmodifiableList(copied);
    }
}
