package org.onewindow.casework.ui;

import org.onewindow.casework.ServiceRequestProcess;
import org.onewindow.directory.DirectoryService;

import com.vaadin.flow.i18n.I18NProvider;

/** How a queue (a department code, or the front desk's role group) is named on screen. */
final class QueueNames {

    private QueueNames() {
    }

    static String of(DirectoryService directory, String candidateGroup) {
        return ServiceRequestProcess.GROUP_FRONT_DESK.equals(candidateGroup)
                ? I18NProvider.translate("casework.queue.frontDesk")
                : directory.departmentName(candidateGroup, com.vaadin.flow.component.UI.getCurrent() == null ? null
                        : com.vaadin.flow.component.UI.getCurrent().getLocale());
    }
}
