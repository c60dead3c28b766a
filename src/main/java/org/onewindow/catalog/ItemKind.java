package org.onewindow.catalog;

/**
 * How a service item is decided. An instant item (即办件) is decided at the window on the spot; a promised item
 * (承诺件) goes through the departments within the promised time limit.
 */
public enum ItemKind {
    INSTANT, PROMISED
}
