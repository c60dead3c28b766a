package org.onewindow.catalog;

/**
 * Where a version of a service item is in its life. A draft is edited and offered nowhere; publishing it makes it
 * the item's current version, which new cases take, and the version published before is superseded (cases that
 * registered with it keep reading it). A retired item takes no new cases; its versions stay readable.
 */
public enum ItemState {
    DRAFT, PUBLISHED, SUPERSEDED, RETIRED
}
