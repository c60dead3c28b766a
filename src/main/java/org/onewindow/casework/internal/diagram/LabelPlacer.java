package org.onewindow.casework.internal.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds each outside label (events, gateways, flows, notes) a place next to what it names where it covers no
 * shape and no label placed before it, trying the nearest places first and moving further out only when those
 * are taken. The drawing grows to take in wherever the labels went.
 */
final class LabelPlacer {

    private static final double GAP = 3;
    private static final double STEP = TextMetrics.LINE_HEIGHT;
    private static final int RINGS = 8;
    private static final double[] WIDTHS = { Double.MAX_VALUE, 120, 90, 64 };

    private final List<Box> shapes;
    private final List<Box> taken = new ArrayList<>();

    LabelPlacer(List<Box> shapes) {
        this.shapes = List.copyOf(shapes);
    }

    /** A label that has its place already (inside a task, a container's title); others keep clear of it. */
    void reserve(Label label) {
        taken.add(label.box());
    }

    /** The label of a shape, around it: below, above, right, left, then the corners, then further out. */
    Label around(Box anchor, String text) {
        for (int ring = 0; ring < RINGS; ring++) {
            double gap = GAP + ring * STEP;
            for (double maxWidth : WIDTHS) {
                List<String> lines = TextWrap.wrap(text, maxWidth);
                double w = TextWrap.widest(lines), h = Label.height(lines);
                double[][] places = {
                        { anchor.centreX() - w / 2, anchor.bottom() + gap },
                        { anchor.centreX() - w / 2, anchor.y() - gap - h },
                        { anchor.right() + gap, anchor.centreY() - h / 2 },
                        { anchor.x() - gap - w, anchor.centreY() - h / 2 },
                        { anchor.right() + gap, anchor.y() - gap - h },
                        { anchor.x() - gap - w, anchor.y() - gap - h },
                        { anchor.right() + gap, anchor.bottom() + gap },
                        { anchor.x() - gap - w, anchor.bottom() + gap } };
                for (double[] place : places) {
                    Label label = Label.at(lines, place[0], place[1]);
                    if (free(label.box())) {
                        taken.add(label.box());
                        return label;
                    }
                }
            }
        }
        // Crowded beyond reason: below, clear of the shapes at least, rather than over them.
        List<String> lines = TextWrap.wrap(text, 120);
        Box all = shapes.stream().reduce(anchor, Box::union);
        Label label = Label.at(lines, anchor.x(), taken.stream().reduce(all, Box::union).bottom() + GAP);
        taken.add(label.box());
        return label;
    }

    private boolean free(Box box) {
        Box padded = box.grow(1);
        return shapes.stream().noneMatch(padded::intersects) && taken.stream().noneMatch(padded::intersects);
    }
}
