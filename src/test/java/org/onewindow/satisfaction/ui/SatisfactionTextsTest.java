package org.onewindow.satisfaction.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.satisfaction.AnswerChannel;
import org.onewindow.satisfaction.AppealGround;
import org.onewindow.satisfaction.Rating;
import org.onewindow.satisfaction.RectificationStage;
import org.onewindow.satisfaction.Verdict;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;

/**
 * Every value of the survey's and the rectification's enums has a text in both languages: their keys are built
 * from the value's name, so the check of the keys in the code cannot see them.
 */
class SatisfactionTextsTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void ratingsReadAsTheHallsFiveLevels() {
        assertThat(labels(Translations.CHINESE, Rating.values(), SurveyTexts::rating))
                .containsExactly("非常满意", "满意", "基本满意", "不满意", "非常不满意");
        assertThat(labels(Translations.ENGLISH, Rating.values(), SurveyTexts::rating))
                .containsExactly("Very satisfied", "Satisfied", "Basically satisfied", "Dissatisfied",
                        "Very dissatisfied");
    }

    @Test
    void everyEnumValueOnScreenHasATextInEachLanguage() {
        Map<String, List<String>> chinese = all(Translations.CHINESE);
        Map<String, List<String>> english = all(Translations.ENGLISH);
        chinese.forEach((name, texts) -> {
            assertThat(texts).as(name).allSatisfy(text -> assertThat(text).isNotBlank().doesNotStartWith("!"));
            assertThat(english.get(name)).as(name)
                    .allSatisfy(text -> assertThat(text).isNotBlank().doesNotStartWith("!"));
            assertThat(texts).as("%s in Chinese differs from English", name)
                    .doesNotContainAnyElementsOf(english.get(name));
            assertThat(texts).as("%s: one text per value", name).doesNotHaveDuplicates();
        });
    }

    @Test
    void everyStageHasItsPlaceInTheServicesMessages() {
        for (Locale locale : Translations.LOCALES) {
            assertThat(Stream.of(RectificationStage.values())
                    .map(stage -> Translations.text(locale, "satisfaction.error.rectification.stage." + stage.name())))
                    .as("stage descriptions in %s", locale).doesNotHaveDuplicates()
                    .allSatisfy(text -> assertThat(text).doesNotStartWith("!"));
        }
    }

    private static Map<String, List<String>> all(Locale locale) {
        Map<String, List<String>> texts = new LinkedHashMap<>();
        texts.put("rating", labels(locale, Rating.values(), SurveyTexts::rating));
        texts.put("channel", labels(locale, AnswerChannel.values(), SurveyTexts::channel));
        texts.put("stage", labels(locale, RectificationStage.values(), RectificationTexts::stage));
        texts.put("verdict", labels(locale, Verdict.values(), RectificationTexts::verdict));
        texts.put("ground", labels(locale, AppealGround.values(), RectificationTexts::ground));
        return texts;
    }

    private static <E> List<String> labels(Locale locale, E[] values, Function<E, String> label) {
        UI.getCurrent().setLocale(locale);
        return Stream.of(values).map(label).toList();
    }
}
