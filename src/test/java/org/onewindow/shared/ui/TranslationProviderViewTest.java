package org.onewindow.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;

/** View tests reach the module bundles through the provider named in the build, in the UI's language. */
class TranslationProviderViewTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void screensSpeakTheLanguageOfTheirUi() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        assertThat(I18NProvider.translate("shared.login.title")).isEqualTo("登录");
        assertThat(HallDates.duration(Duration.ofMinutes(75))).isEqualTo("1小时15分钟");
        assertThat(UiFormats.percent(0.5, 0)).isEqualTo("50%");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        assertThat(I18NProvider.translate("shared.login.title")).isEqualTo("Sign in");
        assertThat(HallDates.duration(Duration.ofMinutes(75))).isEqualTo("1 h 15 min");
    }
}
