package org.onewindow.shared;

/** A signed-in principal that has a name to show in the header. */
public interface DisplayNamed {

    String displayName();
}
