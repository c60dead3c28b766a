package org.onewindow.directory.internal;

import static org.onewindow.directory.internal.DirectoryTemplates.ACTIVE;
import static org.onewindow.directory.internal.DirectoryTemplates.CODE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.onewindow.directory.NewDepartment;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.onewindow.shared.spreadsheet.ImportProblem;
import org.onewindow.shared.spreadsheet.TableRow;
import org.springframework.stereotype.Component;

/**
 * Checks the rows of a departments file with the department check every way in shares ({@link DepartmentValidator}:
 * code format, a code already in the database, names), and what only a file can get wrong: a code twice in the file,
 * an unreadable "active" value.
 */
@Component
class DepartmentRows {

    /** A valid row: the department to open and whether it starts active. */
    record DepartmentRow(int row, NewDepartment department, boolean active) {
    }

    private final DepartmentValidator validator;

    DepartmentRows(DepartmentValidator validator) {
        this.validator = validator;
    }

    /**
     * The valid rows; the problems of the others are added to {@code problems}.
     *
     * @param existing the codes already in the database
     */
    List<DepartmentRow> check(List<TableRow> rows, Map<String, Boolean> existing, List<ImportProblem> problems) {
        List<DepartmentRow> valid = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (TableRow row : rows) {
            int before = problems.size();
            NewDepartment department = new NewDepartment(row.get(CODE), row.get(DirectoryTemplates.NAME_ZH),
                    row.get(DirectoryTemplates.NAME_EN));
            try {
                validator.check(department, existing::containsKey);
            } catch (InvalidInputException refused) {
                // The validator's fields are the columns' keys (DepartmentField's properties).
                refused.fieldErrors().forEach((field, message) -> problems.add(row.problem(field, message)));
            }
            String code = row.get(CODE);
            Integer first = code.isEmpty() ? null : firstRowOfCode.putIfAbsent(code, row.row());
            if (first != null) {
                problems.add(row.problem(CODE,
                        Translations.current("directory.import.error.codeTwice", code, first)));
            }
            Boolean active = YesNo.parse(row.get(ACTIVE), true);
            if (active == null) {
                problems.add(row.problem(ACTIVE, Translations.current("directory.import.error.yesNo")));
            }
            if (problems.size() == before) {
                valid.add(new DepartmentRow(row.row(), department, active));
            }
        }
        return valid;
    }
}
