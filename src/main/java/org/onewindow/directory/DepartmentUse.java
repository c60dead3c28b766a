package org.onewindow.directory;

import java.util.Optional;

/**
 * Something another module keeps a department busy with, which forbids deactivating it: the catalog's service items
 * it leads, casework's open steps in its queue. Directory cannot see those modules (they depend on it), so each of
 * them implements this as a bean and {@link DepartmentService#deactivate} asks them all, in its own transaction.
 */
public interface DepartmentUse {

    /**
     * Why {@code departmentCode} may not be deactivated now, for the administrator in their language
     * ({@code Translations.current}), or empty when this module does not keep it in use.
     */
    Optional<String> keepsInUse(String departmentCode);
}
