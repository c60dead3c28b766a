package org.onewindow.casework;

/** A user step of the case process: its task definition key and its name, as the diagram writes it. */
public record ProcessStep(String key, String name) {
}
