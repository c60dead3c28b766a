package org.onewindow.casework;

/** The lead department's decision form. A rejection needs its reasons. */
public record Decision(boolean approved, String reason) {
}
