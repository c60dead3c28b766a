package org.onewindow.shared.ui;

import java.util.Locale;
import java.util.function.Function;

import org.onewindow.shared.i18n.Translations;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.i18n.I18NProvider;

/**
 * The language a paper for a citizen (receipt, one-time notice, result notice) is printed in: the one the citizen
 * chose for the case, or, for a bilingual copy, every text in Chinese and then in English, as a hall that serves
 * foreigners hands over. Only the paper follows this; the buttons around it follow the screen.
 *
 * @param citizens the language the citizen chose for the case
 * @param bilingual whether each text is printed in both languages
 */
public record PaperLanguages(Locale citizens, boolean bilingual) {

    /** Between a text and its translation on a bilingual copy. */
    static final String BETWEEN = " / ";

    /** A text made for one language, printed in the paper's language or languages (once when both read alike). */
    public String text(Function<Locale, String> inLanguage) {
        if (!bilingual) {
            return inLanguage.apply(citizens);
        }
        String chinese = inLanguage.apply(Translations.CHINESE);
        String english = inLanguage.apply(Translations.ENGLISH);
        return chinese.equals(english) ? chinese : chinese + BETWEEN + english;
    }

    /** A text of the bundles, printed in the paper's language or languages. */
    public String t(String key, Object... arguments) {
        return text(language -> I18NProvider.translate(language, key, arguments));
    }

    /** The switch on screen (not printed) that turns the copy bilingual; it calls back with the new choice. */
    public static Checkbox bilingualSwitch(String id, boolean bilingual,
            java.util.function.Consumer<Boolean> changed) {
        Checkbox toggle = new Checkbox(I18NProvider.translate("shared.paper.bilingual"), bilingual);
        toggle.setId(id);
        toggle.addClassName("no-print");
        toggle.addValueChangeListener(event -> changed.accept(event.getValue()));
        return toggle;
    }
}
