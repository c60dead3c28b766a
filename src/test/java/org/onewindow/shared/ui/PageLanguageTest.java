package org.onewindow.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.dom.Element;

/** The page says which language it is written in, and each language option says its own. */
class PageLanguageTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void thePageIsMarkedWithTheScreensLanguage() {
        UI ui = UI.getCurrent();
        ui.getInternals().dumpPendingJavaScriptInvocations();

        PageLanguage.mark(ui, Translations.ENGLISH);
        assertThat(langSet(ui)).containsExactly("en");

        PageLanguage.mark(ui, Translations.CHINESE);
        assertThat(langSet(ui)).containsExactly("zh-CN");
    }

    @Test
    void aLanguageOutsideTheHallsIsMarkedAsTheLanguageShownInstead() {
        assertThat(PageLanguage.tag(java.util.Locale.GERMAN)).isEqualTo("en");
        assertThat(PageLanguage.tag(java.util.Locale.TRADITIONAL_CHINESE)).isEqualTo("zh-CN");
    }

    @Test
    void eachLanguageOptionIsMarkedWithItsOwnLanguage() {
        LanguageSwitch languages = new LanguageSwitch();
        UI.getCurrent().add(languages);

        // The options are rendered in the browser; their light-DOM content carries the lang attribute.
        List<String> options = descendants(languages.getElement())
                .filter(option -> option.hasAttribute("lang"))
                .map(option -> option.getAttribute("lang") + ":" + option.getText()).toList();
        assertThat(options).containsExactly("zh-CN:简体中文", "en:English");
    }

    private static Stream<Element> descendants(Element element) {
        return element.getChildren().flatMap(child -> Stream.concat(Stream.of(child), descendants(child)));
    }

    private static List<String> langSet(UI ui) {
        return ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .filter(call -> call.getExpression().contains("document.documentElement.lang"))
                .map(call -> String.valueOf(call.getParameters().get(0))).toList();
    }
}
