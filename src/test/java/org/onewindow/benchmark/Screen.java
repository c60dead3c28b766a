package org.onewindow.benchmark;

/** A screen the browser benchmark opens: where it is and the element that shows its own content is there. */
record Screen(String label, String path, String key, boolean report, boolean inMenu) {

    static Screen staff(String label, String path, String key) {
        return new Screen(label + " (" + path + ")", path, key, false, true);
    }

    static Screen report(String label, String path, String key) {
        return new Screen(label + " (" + path + ")", path, key, true, true);
    }

    /** A screen reached from another one (a case file from a list), not from the menu. */
    static Screen notInMenu(String label, String path, String key) {
        return new Screen(label, path, key, false, false);
    }
}
