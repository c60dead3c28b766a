package org.onewindow.directory.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.directory.DirectoryImport;
import org.onewindow.directory.DirectoryImport.GeneratedPassword;
import org.onewindow.directory.DirectoryImportProperties;
import org.onewindow.directory.DirectoryImportService;
import org.onewindow.directory.DirectoryService;
import org.onewindow.directory.internal.DepartmentRows.DepartmentRow;
import org.onewindow.shared.AppRoles;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.spreadsheet.ImportFile;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.ImportRejectedException;
import org.onewindow.shared.spreadsheet.ImportTemplate;
import org.onewindow.shared.spreadsheet.TableReader;
import org.onewindow.shared.spreadsheet.TableRow;
import org.onewindow.shared.spreadsheet.TemplateWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;

/**
 * Reads and checks both files completely before anything is saved, then saves departments and staff in the one
 * transaction of {@link #importFiles}: a failure anywhere rolls back both files and their audit entries. The checks
 * read the hall's department codes and user names once ({@link DirectoryImportQueries}), not per row.
 */
@Service
@Transactional
@RolesAllowed(AppRoles.ADMIN)
class DefaultDirectoryImportService implements DirectoryImportService {

    /** Accounts opened between two flushes of the persistence context. */
    private static final int FLUSH_EVERY = 200;

    private final DirectoryImportQueries queries;
    private final DepartmentRows departmentRows;
    private final StaffRows staffRows;
    private final DirectoryService directory;
    private final ImportedAccounts importedAccounts;
    private final EntityManager entityManager;
    private final AdministrativeChanges auditLog;
    private final DirectoryImportProperties properties;
    private final Clock clock;

    DefaultDirectoryImportService(DirectoryImportQueries queries, DepartmentRows departmentRows, StaffRows staffRows,
            DirectoryService directory, ImportedAccounts importedAccounts, EntityManager entityManager,
            AdministrativeChanges auditLog, DirectoryImportProperties properties, Clock clock) {
        this.queries = queries;
        this.departmentRows = departmentRows;
        this.staffRows = staffRows;
        this.directory = directory;
        this.importedAccounts = importedAccounts;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] departmentTemplate(SpreadsheetFormat format) {
        return template(DirectoryTemplates.departments(), format);
    }

    @Override
    @Transactional(readOnly = true)
    public byte[] staffTemplate(SpreadsheetFormat format) {
        return template(DirectoryTemplates.staff(), format);
    }

    private static byte[] template(ImportTemplate template, SpreadsheetFormat format) {
        return format == SpreadsheetFormat.XLSX ? TemplateWriter.xlsx(template) : TemplateWriter.csv(template);
    }

    @Override
    @Transactional(readOnly = true)
    public DirectoryImport check(ImportFile departments, ImportFile staff) {
        Checked checked = checked(departments, staff);
        return new DirectoryImport(checked.departments().size(), checked.staff().size(), List.of());
    }

    @Override
    public DirectoryImport importFiles(ImportFile departmentFile, ImportFile staffFile) {
        Checked checked = checked(departmentFile, staffFile);
        for (DepartmentRow row : checked.departments()) {
            // persist, not save: a department's code is assigned, so Spring Data's save would first select it.
            DepartmentEntity department = new DepartmentEntity(row.department().code().trim(),
                    row.department().nameZh().trim(), row.department().nameEn().trim());
            if (!row.active()) {
                department.deactivate();
            }
            entityManager.persist(department);
            auditLog.record(new AdministrativeChange(AdminArea.DEPARTMENTS, department.code(), AdminAction.IMPORTED,
                    null, JpaDepartmentService.described(department.toDepartment())));
        }
        // The staff accounts' check of their departments reads the database: the new departments are in it first.
        entityManager.flush();

        List<GeneratedPassword> generated = new ArrayList<>();
        int opened = 0;
        for (StaffRow row : checked.staff()) {
            directory.createStaff(StaffRowCommand.toCommand(row));
            if (++opened % FLUSH_EVERY == 0) {
                // Each account's checks query the database, and each query first flushes and dirty-checks every
                // entity the transaction holds: written out and let go, they keep 2,000 rows from costing n².
                entityManager.flush();
                entityManager.clear();
            }
            if (row.passwordGenerated()) {
                generated.add(new GeneratedPassword(row.username(), row.password()));
            }
            auditLog.record(new AdministrativeChange(AdminArea.ACCOUNTS, row.username(), AdminAction.IMPORTED, null,
                    described(row)));
        }
        Instant now = clock.instant();
        importedAccounts.passwordsTemporary(checked.staff().stream().map(StaffRow::username).toList(), now);
        Map<Locale, List<String>> byLanguage = checked.staff().stream().collect(Collectors
                .groupingBy(StaffRow::language, Collectors.mapping(StaffRow::username, Collectors.toList())));
        byLanguage.forEach((language, usernames) -> importedAccounts.prefer(usernames, language));
        return new DirectoryImport(checked.departments().size(), checked.staff().size(), generated);
    }

    /** The rows of both files, all valid. */
    private record Checked(List<DepartmentRow> departments, List<StaffRow> staff) {
    }

    /** @throws ImportRejectedException with every problem of both files */
    private Checked checked(ImportFile departmentFile, ImportFile staffFile) {
        if (departmentFile == null && staffFile == null) {
            throw new ImportRejectedException(
                    List.of(ImportProblem.ofFile("", Translations.current("directory.import.error.noFile"))));
        }
        TableReader reader = new TableReader(properties.maxRows(), properties.maxFileSize().toBytes());
        List<ImportProblem> problems = new ArrayList<>();
        List<TableRow> departmentLines = read(reader, departmentFile, DirectoryTemplates.departments(), problems);
        List<TableRow> staffLines = read(reader, staffFile, DirectoryTemplates.staff(), problems);
        Map<String, Boolean> codes = queries.departmentCodes();
        List<DepartmentRow> departments = departmentRows.check(departmentLines, codes, problems);
        // Every code the departments file names, valid or not: a staff row is not blamed for the department row.
        Set<String> newCodes = departmentLines.stream().map(row -> row.get(DirectoryTemplates.CODE))
                .filter(code -> !code.isEmpty()).collect(Collectors.toSet());
        List<StaffRow> staff = staffLines.isEmpty() ? List.of()
                : staffRows.check(staffLines, codes, newCodes, queries.usernamesLowerCase(), problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return new Checked(departments, staff);
    }

    /** The file's rows, none when there is no file; a file without data rows is a problem of its own. */
    private static List<TableRow> read(TableReader reader, ImportFile file, ImportTemplate template,
            List<ImportProblem> problems) {
        if (file == null) {
            return List.of();
        }
        try {
            List<TableRow> rows = reader.read(file, template);
            if (rows.isEmpty()) {
                problems.add(ImportProblem.ofFile(file.fileName(),
                        Translations.current("directory.import.error.noRows")));
            }
            return rows;
        } catch (ImportRejectedException rejected) {
            problems.addAll(rejected.problems());
            return List.of();
        }
    }

    private static String described(StaffRow row) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("display_name", row.nameZh());
        fields.put("roles", String.join(";", row.roles()));
        fields.put("departments", String.join(";", row.departmentCodes()));
        fields.put("email", row.email().isEmpty() ? null : row.email());
        fields.put("language", row.language().toLanguageTag());
        // Never the password itself.
        fields.put("password", "temporary, to be changed at the first sign-in");
        return AdministrativeChange.fields(fields);
    }
}
