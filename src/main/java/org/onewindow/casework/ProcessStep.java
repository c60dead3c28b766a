package org.onewindow.casework;

/** A user step of the case process: its task definition key and its name in the diagram. */
public record ProcessStep(String key, String name) {
}
