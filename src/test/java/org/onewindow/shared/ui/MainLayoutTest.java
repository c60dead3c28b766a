package org.onewindow.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.mockStatic;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.MockedStatic;
import org.onewindow.shared.DisplayNamed;
import org.onewindow.shared.i18n.Translations;
import org.springframework.context.ApplicationEventPublisher;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

/** The header names the signed-in person in the screen's language, as every name a staff member reads. */
class MainLayoutTest {

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void anEnglishScreenShowsTheEnglishNameAndAChineseScreenTheChinese() {
        DisplayNamed wangLi = named("王丽", "Wang Li");

        assertThat(header(Translations.ENGLISH, wangLi)).isEqualTo("Wang Li");
        assertThat(header(Translations.CHINESE, wangLi)).isEqualTo("王丽");
    }

    @Test
    void anAccountWithoutAnEnglishNameShowsTheChineseOnEnglishScreens() {
        assertThat(header(Translations.ENGLISH, named("王丽", null))).isEqualTo("王丽");
        assertThat(header(Translations.ENGLISH, named("王丽", " "))).isEqualTo("王丽");
    }

    private static String header(Locale screen, DisplayNamed signedIn) {
        UI.getCurrent().setLocale(screen);
        AuthenticationContext authentication = mock(AuthenticationContext.class);
        when(authentication.getAuthenticatedUser(DisplayNamed.class)).thenReturn(Optional.of(signedIn));
        // The menu's entries need Vaadin's Spring access control; the header is what is tested here.
        try (MockedStatic<MenuConfiguration> menu = mockStatic(MenuConfiguration.class)) {
            menu.when(MenuConfiguration::getMenuEntries).thenReturn(List.of());
            MainLayout layout = new MainLayout(authentication, mock(ApplicationEventPublisher.class));
            return _get(layout, Span.class, spec -> spec.withId("current-user")).getText();
        }
    }

    private static DisplayNamed named(String chinese, String english) {
        return new DisplayNamed() {
            @Override
            public String displayName() {
                return chinese;
            }

            @Override
            public String displayNameEn() {
                return english;
            }
        };
    }
}
