package org.onewindow.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The page around every view. Styling is plain CSS from static resources: the browser gets Vaadin's
 * pre-built bundle only, so there is no theme folder and no frontend build.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/onewindow.css")
public class OneWindowAppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        settings.setPageTitle("OneWindow");
    }
}
