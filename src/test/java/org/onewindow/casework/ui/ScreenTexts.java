package org.onewindow.casework.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/** Everything a screen shows as text: contents, and the labels, placeholders and messages of its fields. */
final class ScreenTexts {

    private static final List<String> PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage",
            "headerTitle", "title", "ariaLabel", "emptySelectionCaption");

    private ScreenTexts() {
    }

    static List<String> of(Component root) {
        List<String> texts = new ArrayList<>();
        for (Component component : _find(root, Component.class)) {
            collect(component.getElement(), texts);
        }
        return texts;
    }

    /** Texts that are a translation key Vaadin could not find ("!casework.task.claim"). */
    static List<String> rawKeys(Component root) {
        return of(root).stream().filter(text -> text.startsWith("!") || text.contains("!casework.")
                || text.contains("!shared.")).toList();
    }

    private static void collect(Element element, List<String> texts) {
        String own = element.getText();
        if (own != null && !own.isBlank()) {
            texts.add(own.trim());
        }
        Stream.concat(PROPERTIES.stream().map(element::getProperty), PROPERTIES.stream().map(element::getAttribute))
                .filter(value -> value != null && !value.isBlank()).forEach(texts::add);
    }
}
