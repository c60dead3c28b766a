package org.onewindow.shared.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * The one way a screen says what was done or why it could not be: a short notice at the top centre of the
 * window, over the header's empty middle, where no screen puts an action (Vaadin's default, the bottom left,
 * sat over the forms' buttons). Field errors are never notices: they go on the fields and the form's message line
 * ({@link FormErrors}). A warning stays longer than a confirmation because the person has to read why.
 */
public final class Notices {

    public static final Notification.Position POSITION = Notification.Position.TOP_CENTER;
    public static final int DONE_MILLIS = 5_000;
    public static final int WARNING_MILLIS = 10_000;
    /** The class of every notice's card, for the style sheet and the browser tests. */
    public static final String CLASS_NAME = "ow-notice";

    private Notices() {
    }

    /** What was just done: saved, sent, claimed. */
    public static Notification done(String text) {
        return open(text, DONE_MILLIS, NotificationVariant.LUMO_SUCCESS);
    }

    /** Why an action was not done, when nothing on the screen is to blame (someone else was quicker, say). */
    public static Notification warn(String text) {
        return open(text, WARNING_MILLIS, NotificationVariant.LUMO_WARNING);
    }

    /** Something failed that the person cannot fix by changing what they typed (an unreadable file, say). */
    public static Notification error(String text) {
        return open(text, WARNING_MILLIS, NotificationVariant.LUMO_ERROR);
    }

    private static Notification open(String text, int millis, NotificationVariant variant) {
        Notification notification = new Notification(text, millis, POSITION);
        notification.addThemeVariants(variant);
        notification.addClassName(CLASS_NAME);
        notification.open();
        return notification;
    }
}
