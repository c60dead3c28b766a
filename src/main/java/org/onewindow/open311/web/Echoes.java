package org.onewindow.open311.web;

/** Echoes of what a client sent are kept short: an error message is no place for a client's whole input. */
final class Echoes {

    private static final int LONGEST = 64;

    private Echoes() {
    }

    static String shorten(String value) {
        return value.length() <= LONGEST ? value : value.substring(0, LONGEST) + "…";
    }
}
