package org.onewindow.shared.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The page around every view. Styling is plain CSS from static resources ({@code @StyleSheet} on the
 * layouts): the browser gets Vaadin's pre-built bundle only, so there is no theme folder and no frontend build.
 */
public class OneWindowAppShell implements AppShellConfigurator {

    /** OneWindow's own CSS, served from {@code META-INF/resources/styles}. */
    public static final String STYLESHEET = "context://styles/onewindow.css";

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.setPageTitle("OneWindow");
    }
}
