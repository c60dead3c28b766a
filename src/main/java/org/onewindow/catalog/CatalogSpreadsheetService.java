package org.onewindow.catalog;

import org.onewindow.shared.spreadsheet.ImportFile;

/**
 * The whole service catalog (事项清单) as one Excel workbook: a sheet of items and a sheet of their materials. The
 * export is the template: a hall edits it and imports it again; an export imported unchanged changes nothing.
 * Catalog editors and administrators only.
 */
public interface CatalogSpreadsheetService {

    /** An empty workbook with one example item and its material, and the notes sheet. */
    byte[] template();

    /**
     * The current version of every item not retired: the published version, or the draft of an item never
     * published; its state and version are read-only columns.
     */
    byte[] export();

    /**
     * Checks every row of both sheets without saving anything.
     *
     * @throws org.onewindow.shared.spreadsheet.ImportRejectedException with every problem, by sheet, row and column
     */
    CatalogImport check(ImportFile workbook);

    /**
     * Checks the workbook, then saves it in one transaction: a new code becomes a draft (published when
     * {@code publish}), an item whose content differs from its current version gets a new version (its draft edited
     * when it has one; published when {@code publish}), an unchanged item is left alone. Each change is audited.
     *
     * @throws org.onewindow.shared.spreadsheet.ImportRejectedException with every problem; nothing is saved
     */
    CatalogImport importWorkbook(ImportFile workbook, boolean publish);
}
