package org.onewindow.satisfaction;

/** Where a bad review's rectification stands. */
public enum RectificationStage {
    VERIFYING, APPEALED, RECTIFYING, FED_BACK, EXCLUDED;

    public boolean isOpen() {
        return this == VERIFYING || this == APPEALED || this == RECTIFYING;
    }
}
