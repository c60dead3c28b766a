package org.onewindow.catalog;

/**
 * What a check or an import of the catalog workbook found: items new to the catalog, items whose content differs
 * from their current version (a new version), and items left alone because nothing in them changed.
 */
public record CatalogImport(int created, int changed, int unchanged) {

    public int total() {
        return created + changed + unchanged;
    }
}
