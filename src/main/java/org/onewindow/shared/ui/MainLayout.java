package org.onewindow.shared.ui;

import org.onewindow.shared.DisplayNamed;
import org.onewindow.shared.security.PasswordChangeRequired;
import org.onewindow.shared.i18n.LanguageChosen;
import org.springframework.context.ApplicationEventPublisher;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

/**
 * The shell of every staff screen. The navigation lists the views annotated with {@code @Menu} that the
 * signed-in person may open, so modules add screens without this class knowing them; each {@code @Menu} title is
 * a translation key of the view's module. The view itself sits in the page's one {@code main} landmark, which the
 * "skip to content" link, the first Tab stop, gives the focus to.
 */
@PermitAll
@StyleSheet(OneWindowAppShell.STYLESHEET)
public class MainLayout extends AppLayout {

    static final String MAIN_CONTENT = "main-content";

    private final Main main = new Main();

    public MainLayout(AuthenticationContext authentication, ApplicationEventPublisher events) {
        setPrimarySection(Section.DRAWER);
        main.setId(MAIN_CONTENT);
        main.addClassName("app-main");
        // Focusable from the skip link only, not a Tab stop of its own.
        main.getElement().setAttribute("tabindex", "-1");
        setContent(main);
        // The app's name, not the page's heading: each view's title is the page's one level-one heading.
        Span title = new Span(getTranslation("shared.app.title"));
        title.addClassName("app-title");

        // In the screen's language; choosing another reloads the page, and so builds the header again.
        String user = authentication.getAuthenticatedUser(DisplayNamed.class)
                .map(named -> named.displayName(getLocale())).orElse("");
        Span userName = new Span(user);
        userName.setId("current-user");
        Anchor changePassword = new Anchor(PasswordChangeRequired.ROUTE, getTranslation("shared.app.changePassword"));
        changePassword.setId("change-password-link");
        Button logout = new Button(getTranslation("shared.app.signOut"), event -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new SkipLink(main), new DrawerToggle(), title,
                new LanguageSwitch(locale -> authentication.getPrincipalName()
                        .ifPresent(username -> events.publishEvent(new LanguageChosen(username, locale)))),
                userName, changePassword, logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.addClassName("app-header");
        addToNavbar(header);

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
        Span hall = new Span(getTranslation("shared.app.hall"));
        hall.addClassName("hall-name");
        addToDrawer(hall, nav);
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        afterNavigation();
    }
}
