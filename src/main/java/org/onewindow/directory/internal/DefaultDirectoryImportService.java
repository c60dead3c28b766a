package org.onewindow.directory.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.onewindow.audit.AdminAction;
import org.onewindow.audit.AdminArea;
import org.onewindow.audit.AdministrativeChange;
import org.onewindow.audit.AdministrativeChanges;
import org.onewindow.directory.DirectoryImport;
import org.onewindow.directory.DirectoryImport.GeneratedPassword;
import org.onewindow.directory.DirectoryImportProperties;
import org.onewindow.directory.DirectoryImportService;
import org.onewindow.directory.Department;
import org.onewindow.directory.StaffMember;
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
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
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
    /** For generated temporary passwords only: see {@link #hashes}. */
    private static final PasswordEncoder GENERATED_PASSWORD_ENCODER = new BCryptPasswordEncoder(4);

    private final DirectoryImportQueries queries;
    private final DepartmentRows departmentRows;
    private final StaffRows staffRows;
    private final StaffAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final EntityManager entityManager;
    private final AdministrativeChanges auditLog;
    private final DirectoryImportProperties properties;

    DefaultDirectoryImportService(DirectoryImportQueries queries, DepartmentRows departmentRows, StaffRows staffRows,
            StaffAccounts accounts, PasswordEncoder passwordEncoder, EntityManager entityManager,
            AdministrativeChanges auditLog, DirectoryImportProperties properties) {
        this.queries = queries;
        this.departmentRows = departmentRows;
        this.staffRows = staffRows;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.entityManager = entityManager;
        this.auditLog = auditLog;
        this.properties = properties;
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
        // Hashed before any entity work, so that a slow hash never holds the persistence context's flushes back.
        List<String> hashes = hashes(checked.staff());
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
        entityManager.flush();

        List<GeneratedPassword> generated = new ArrayList<>();
        for (int i = 0; i < checked.staff().size(); i++) {
            StaffRow row = checked.staff().get(i);
            StaffMember opened = accounts.open(row.account(), hashes.get(i)).toStaffMember();
            if (row.passwordGenerated()) {
                generated.add(new GeneratedPassword(row.username(), row.account().temporaryPassword()));
            }
            // Never the password: the entry says a temporary one was given, as the staff screen's does.
            auditLog.record(new AdministrativeChange(AdminArea.ACCOUNTS, row.username(), AdminAction.IMPORTED, null,
                    JpaStaffAccountService.described(opened) + ", password: temporary"));
            if ((i + 1) % FLUSH_EVERY == 0) {
                // Written out in JDBC batches and let go: the final flush does not dirty-check 2,000 accounts.
                entityManager.flush();
                entityManager.clear();
            }
        }
        return new DirectoryImport(checked.departments().size(), checked.staff().size(), generated);
    }

    /**
     * The hash of each row's temporary password, in the rows' order. A password the import generated is 16
     * characters of a 54-letter alphabet (about 90 bits): no number of guesses finds it, so a slow hash protects
     * nothing, and the account must replace it at its first sign-in (that one is hashed at the application's cost).
     * It is hashed with BCrypt at cost 4 (about 1 ms instead of 80 ms), which the application's BCrypt encoder still
     * verifies. A password typed in the file was chosen by a person and gets the application's cost, hashed on all
     * the machine's cores (the common fork-join pool; hashing is pure CPU and touches no entity).
     */
    private List<String> hashes(List<StaffRow> rows) {
        return rows.parallelStream().map(row -> row.passwordGenerated()
                ? GENERATED_PASSWORD_ENCODER.encode(row.account().temporaryPassword())
                : passwordEncoder.encode(row.account().temporaryPassword())).toList();
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
        Map<String, Department> hall = queries.departments();
        Map<String, Boolean> codes = hall.values().stream()
                .collect(Collectors.toMap(Department::code, Department::active));
        List<DepartmentRow> departments = departmentRows.check(departmentLines, codes, problems);
        List<StaffRow> staff = staffLines.isEmpty() ? List.of()
                : staffRows.check(staffLines, fileThenHall(departmentLines, departments, hall),
                        queries.usernamesLowerCase(), problems);
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return new Checked(departments, staff);
    }

    /**
     * Finds a staff row's department in the departments file first, then among the hall's, read once. A code the
     * file names in a refused row counts as an active department: the staff row is not blamed for the department
     * row's problem.
     */
    private static Function<String, Optional<Department>> fileThenHall(List<TableRow> departmentLines,
            List<DepartmentRow> valid, Map<String, Department> hall) {
        Map<String, Department> file = new HashMap<>();
        departmentLines.stream().map(row -> row.get(DirectoryTemplates.CODE)).filter(code -> !code.isEmpty())
                .forEach(code -> file.put(code, new Department(code, code, code, true)));
        valid.forEach(row -> file.put(row.department().code().trim(), new Department(row.department().code().trim(),
                row.department().nameZh().trim(), row.department().nameEn().trim(), row.active())));
        return code -> Optional.ofNullable(file.get(code)).or(() -> Optional.ofNullable(hall.get(code)));
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
}
