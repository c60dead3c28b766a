package org.onewindow.directory;

import org.onewindow.shared.spreadsheet.ImportFile;

/**
 * A hall onboards its departments and staff from spreadsheets in the documented templates (docs/operations.md,
 * "Onboarding a hall: import templates"). Every row of both files is checked first; any problem refuses the whole
 * import, reporting each problem with its row and column, and nothing is saved. Administrators only.
 *
 * <p>A department code that already exists is refused (rename an existing department on the departments screen): an
 * import opens departments, it never silently changes one. Staff rows may name departments of the database or of
 * the departments file imported with them. Every imported password is temporary, to be changed at the first
 * sign-in; empty ones are generated and returned once.
 */
public interface DirectoryImportService {

    /** The blank template of the departments file. */
    byte[] departmentTemplate(SpreadsheetFormat format);

    /** The blank template of the staff file. */
    byte[] staffTemplate(SpreadsheetFormat format);

    /**
     * Checks the files without saving anything; either may be {@code null}, not both.
     *
     * @return how many departments and staff the import would create (no passwords)
     * @throws org.onewindow.shared.spreadsheet.ImportRejectedException with every problem found
     */
    DirectoryImport check(ImportFile departments, ImportFile staff);

    /**
     * Checks the files and, when every row of both is valid, creates the departments first and then the staff
     * accounts, all in one transaction, each logged in the audit log; otherwise saves nothing.
     *
     * @return the counts and the passwords generated for rows without one (shown to the administrator once)
     * @throws org.onewindow.shared.spreadsheet.ImportRejectedException with every problem found
     */
    DirectoryImport importFiles(ImportFile departments, ImportFile staff);

    /** The two file formats of the templates and uploads. */
    enum SpreadsheetFormat {
        XLSX, CSV;

        public String extension() {
            return "." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
