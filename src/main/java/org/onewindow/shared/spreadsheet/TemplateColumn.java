package org.onewindow.shared.spreadsheet;

import java.util.Locale;

/**
 * One column of an import template. Its header is matched in Chinese, in English or as the template writes it
 * ({@code 部门代码 / Department code}), ignoring case and spaces, so a hall may keep one language in its own files.
 *
 * @param key the name the reading code uses for the column
 * @param headerZh the Chinese header
 * @param headerEn the English header
 * @param required whether a file without this column is refused (a required value is the caller's rule)
 * @param example the value of the template's example row
 * @param noteZh what goes into the column, in Chinese, for the template's notes
 * @param noteEn the same in English
 */
public record TemplateColumn(String key, String headerZh, String headerEn, boolean required, String example,
        String noteZh, String noteEn) {

    /** The header as the templates write it: both languages. */
    public String header() {
        return headerZh + " / " + headerEn;
    }

    /** Whether a header cell of an uploaded file names this column. */
    boolean matches(String cell) {
        String found = normalised(cell);
        return !found.isEmpty() && (found.equals(normalised(headerZh)) || found.equals(normalised(headerEn))
                || found.equals(normalised(header())));
    }

    private static String normalised(String header) {
        return header == null ? "" : header.replaceAll("[\\s\\u3000]+", "").toLowerCase(Locale.ROOT);
    }
}
