package org.onewindow.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * A section another module adds to the case page, so that the page can show, say, the citizen's reviews
 * without {@code casework} depending on {@code satisfaction}. Implementations are Spring beans that create a new
 * component on every call, and decide themselves what the signed-in user may see.
 */
public interface CaseSection {

    /** The section for this case, or empty when there is nothing to show to the signed-in user. */
    Optional<Component> section(String caseNumber);
}
