package org.onewindow.shared;

/** A window onto a result list, as lazy grids ask for it. */
public record PageRequest(int offset, int limit) {

    public PageRequest {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("offset must be >= 0 and limit 1..500");
        }
    }
}
