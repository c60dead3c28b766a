package org.onewindow.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.shared.i18n.Translations;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;

/** A wrong address gets the hall's own page in the reader's language, not Vaadin's developer page. */
class NotFoundViewTest {

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void aWrongAddressIsExplainedInTheReadersLanguage() {
        MockVaadin.setup();
        UI.getCurrent().setLocale(Translations.CHINESE);
        NotFoundView chinese = new NotFoundView();
        assertThat(_get(chinese, H1.class, spec -> spec.withId("error-title")).getText()).isEqualTo("页面不存在");
        assertThat(chinese.getPageTitle()).isEqualTo("页面不存在");
        assertThat(_get(new AccessDeniedView(), H1.class, spec -> spec.withId("error-title")).getText())
                .isEqualTo("无权访问");

        UI.getCurrent().setLocale(Translations.ENGLISH);
        assertThat(_get(new NotFoundView(), H1.class, spec -> spec.withId("error-title")).getText())
                .isEqualTo("Page not found");
    }
}
