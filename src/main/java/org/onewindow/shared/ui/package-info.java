/** The application shell: main layout, navigation, login and the start page. */
@org.springframework.modulith.NamedInterface("ui")
package org.onewindow.shared.ui;
