package org.onewindow.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/** The Chinese and English bundles carry the same keys, none of them empty, so no screen shows a raw key. */
class I18nBundlesTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties english = load("vaadin-i18n/translations_en.properties");
        Properties chinese = load("vaadin-i18n/translations_zh_CN.properties");
        Properties fallback = load("vaadin-i18n/translations.properties");
        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(fallback.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(english).isEqualTo(fallback);
        for (Properties bundle : new Properties[] { english, chinese }) {
            bundle.forEach((key, value) -> assertThat(value.toString()).as("text of %s", key).isNotBlank());
        }
        // A translation that is still English is a missing translation, except for names.
        chinese.forEach((key, value) -> {
            if (!key.toString().equals("menu.admin/api-keys")) {
                assertThat(value.toString()).as("Chinese text of %s", key).isNotEqualTo(english.getProperty(key.toString()));
            }
        });
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
