package org.onewindow.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;

/**
 * "Skip to content": the first Tab stop of a page, so that someone on the keyboard reaches the screen's own fields
 * without passing the header and every menu entry first. Hidden until it has the focus.
 */
class SkipLink extends Anchor {

    /** {@code target} must be focusable from script ({@code tabindex="-1"}) and have an id. */
    SkipLink(Component target) {
        String targetId = target.getId().orElseThrow(() -> new IllegalArgumentException("the target needs an id"));
        setHref("#" + targetId);
        setText(getTranslation("shared.app.skipToContent"));
        setId("skip-link");
        addClassName("skip-link");
        // Not a navigation: Vaadin's router would take the fragment for a route, and the browser alone moves
        // only the scroll position in some screen readers' virtual cursors, not the focus.
        setRouterIgnore(true);
        addAttachListener(event -> getElement().executeJs("this.addEventListener('click', e => {"
                + " e.preventDefault(); const t = document.getElementById($0); if (t) { t.focus(); } });", targetId));
    }
}
