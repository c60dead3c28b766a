/**
 * The application shell: main layout, navigation, login, the start page and screen helpers. The shared
 * module is open, so every module's screens use these.
 */
package org.onewindow.shared.ui;
