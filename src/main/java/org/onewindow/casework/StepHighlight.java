package org.onewindow.casework;

/** How a report marks one step on the case process diagram: a CSS fill colour and a short note above it. */
public record StepHighlight(String fill, String note) {

    public StepHighlight {
        if (fill == null || !fill.matches("#[0-9a-fA-F]{3,8}|[a-z]+")) {
            throw new IllegalArgumentException("Not a CSS colour: " + fill);
        }
    }
}
