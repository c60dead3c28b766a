package org.onewindow.intake;

/** How a case reached the hall. */
public enum Channel {
    WINDOW, ONLINE
}
