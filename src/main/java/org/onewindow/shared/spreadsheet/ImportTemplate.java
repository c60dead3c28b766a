package org.onewindow.shared.spreadsheet;

import java.util.List;

/**
 * The columns of one kind of import file, in the order the template lists them.
 *
 * @param name the file's base name for downloads and the data sheet's name, e.g. {@code departments}
 * @param columns the columns, keys unique
 */
public record ImportTemplate(String name, List<TemplateColumn> columns) {

    public ImportTemplate {
        columns = List.copyOf(columns);
        if (columns.stream().map(TemplateColumn::key).distinct().count() != columns.size()) {
            throw new IllegalArgumentException("Template " + name + " repeats a column key");
        }
    }

    public TemplateColumn column(String key) {
        return columns.stream().filter(column -> column.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No column " + key + " in template " + name));
    }
}
