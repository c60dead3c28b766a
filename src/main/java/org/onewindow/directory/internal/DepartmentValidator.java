package org.onewindow.directory.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.onewindow.directory.DepartmentField;
import org.onewindow.directory.DepartmentNames;
import org.onewindow.directory.NewDepartment;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/** The one check of what an administrator types for a department, on screen or through any other way in. */
@Component
class DepartmentValidator {

    /**
     * Checks a new department; {@code taken} says whether a code already exists.
     *
     * @throws InvalidInputException by {@link DepartmentField}
     */
    void check(NewDepartment department, Predicate<String> taken) {
        Map<DepartmentField, String> errors = new LinkedHashMap<>();
        String code = department.code() == null ? "" : department.code().trim();
        if (code.isEmpty()) {
            errors.put(DepartmentField.CODE, Translations.current("directory.error.code.missing"));
        } else if (code.length() > NewDepartment.MAX_CODE_LENGTH) {
            errors.put(DepartmentField.CODE,
                    Translations.current("directory.error.code.tooLong", NewDepartment.MAX_CODE_LENGTH));
        } else if (!code.matches(NewDepartment.CODE_PATTERN)) {
            errors.put(DepartmentField.CODE, Translations.current("directory.error.code.pattern"));
        } else if (taken.test(code)) {
            errors.put(DepartmentField.CODE, Translations.current("directory.error.code.taken", code));
        }
        checkNames(department.nameZh(), department.nameEn(), errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    /** @throws InvalidInputException by {@link DepartmentField} */
    void check(DepartmentNames names) {
        Map<DepartmentField, String> errors = new LinkedHashMap<>();
        checkNames(names.nameZh(), names.nameEn(), errors);
        if (!errors.isEmpty()) {
            throw InvalidInputException.of(errors);
        }
    }

    private static void checkNames(String nameZh, String nameEn, Map<DepartmentField, String> errors) {
        checkName(DepartmentField.NAME_ZH, nameZh, "directory.error.nameZh.missing", errors);
        checkName(DepartmentField.NAME_EN, nameEn, "directory.error.nameEn.missing", errors);
    }

    private static void checkName(DepartmentField field, String name, String missingKey,
            Map<DepartmentField, String> errors) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty()) {
            errors.put(field, Translations.current(missingKey));
        } else if (trimmed.length() > NewDepartment.MAX_NAME_LENGTH) {
            errors.put(field, Translations.current("directory.error.name.tooLong", NewDepartment.MAX_NAME_LENGTH));
        }
    }
}
