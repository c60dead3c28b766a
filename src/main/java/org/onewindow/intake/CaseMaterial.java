package org.onewindow.intake;

/** A required material of the case's service item and whether the desk received it. */
public record CaseMaterial(String name, boolean received) {
}
