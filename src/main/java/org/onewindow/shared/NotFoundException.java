package org.onewindow.shared;

/** Something asked for by its identifier does not exist, or is not visible to the caller. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
