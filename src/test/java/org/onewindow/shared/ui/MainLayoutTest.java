package org.onewindow.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
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
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
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

    @Test
    void theViewSitsInTheMainLandmarkThatTheFirstLinkSkipsTo() {
        UI.getCurrent().setLocale(Translations.CHINESE);
        MainLayout layout = layout(named("王丽", "Wang Li"));
        Div view = new Div();

        layout.showRouterLayoutContent(view);

        Main main = _get(layout, Main.class, spec -> spec.withId(MainLayout.MAIN_CONTENT));
        assertThat(view.getParent()).containsSame(main);
        assertThat(main.getElement().getAttribute("tabindex")).isEqualTo("-1");
        SkipLink skip = _get(layout, SkipLink.class);
        assertThat(skip.getHref()).isEqualTo("#" + MainLayout.MAIN_CONTENT);
        assertThat(skip.getText()).isEqualTo("跳到主要内容");
        assertThat(skip.getParent().orElseThrow().getChildren().findFirst()).containsSame(skip);
        // The app's name is no heading: the view's title is the page's one level-one heading.
        assertThat(_find(layout, H1.class)).isEmpty();
    }

    private static String header(Locale screen, DisplayNamed signedIn) {
        UI.getCurrent().setLocale(screen);
        return _get(layout(signedIn), Span.class, spec -> spec.withId("current-user")).getText();
    }

    private static MainLayout layout(DisplayNamed signedIn) {
        AuthenticationContext authentication = mock(AuthenticationContext.class);
        when(authentication.getAuthenticatedUser(DisplayNamed.class)).thenReturn(Optional.of(signedIn));
        // The menu's entries need Vaadin's Spring access control; the header is what is tested here.
        try (MockedStatic<MenuConfiguration> menu = mockStatic(MenuConfiguration.class)) {
            menu.when(MenuConfiguration::getMenuEntries).thenReturn(List.of());
            return new MainLayout(authentication, mock(ApplicationEventPublisher.class));
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
