package org.onewindow.catalog;

/**
 * What the catalog editors' list is narrowed to; {@code null} or blank criteria select everything.
 *
 * @param text part of the code or of a name in either language
 * @param state the state of the item's newest version
 */
public record CatalogFilter(String text, ItemState state, ItemKind kind, String leadDepartmentCode) {

    public static CatalogFilter none() {
        return new CatalogFilter(null, null, null, null);
    }
}
