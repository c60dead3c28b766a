package org.onewindow.casework.internal;

import java.util.Optional;

import org.onewindow.directory.DepartmentUse;
import org.onewindow.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/** A department with open steps in its queue may not be deactivated: nobody would see them any more. */
@Component
class OpenStepsDepartmentUse implements DepartmentUse {

    private final OpenTaskStore openTasks;

    OpenStepsDepartmentUse(OpenTaskStore openTasks) {
        this.openTasks = openTasks;
    }

    @Override
    public Optional<String> keepsInUse(String departmentCode) {
        long open = openTasks.countInGroup(departmentCode);
        return open == 0 ? Optional.empty()
                : Optional.of(Translations.current("casework.departmentInUse.openSteps", open));
    }
}
