package org.onewindow.casework.internal;

import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.onewindow.shared.i18n.Translations;

/**
 * The case process's diagram in the reader's language: a user step is named as everywhere else
 * ({@code casework.step.<id>}), every other named element by {@code casework.diagram.<id>}. An element without a
 * text (from an older version of the model) keeps its name in the model.
 */
final class DiagramNames {

    private DiagramNames() {
    }

    static String title() {
        return Translations.current("casework.diagram.title");
    }

    static String of(FlowElement element) {
        String text = Translations.current(key(element));
        return text.startsWith("!") ? element.getName() : text;
    }

    static String key(FlowElement element) {
        return (element instanceof UserTask ? "casework.step." : "casework.diagram.") + element.getId();
    }
}
