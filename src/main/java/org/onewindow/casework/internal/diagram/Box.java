package org.onewindow.casework.internal.diagram;

/** A rectangle of the drawing, in SVG user units. */
record Box(double x, double y, double width, double height) {

    double right() {
        return x + width;
    }

    double bottom() {
        return y + height;
    }

    double centreX() {
        return x + width / 2;
    }

    double centreY() {
        return y + height / 2;
    }

    /** Boxes that only touch do not intersect. */
    boolean intersects(Box other) {
        return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
    }

    boolean contains(Box other) {
        return other.x >= x && other.right() <= right() && other.y >= y && other.bottom() <= bottom();
    }

    Box grow(double by) {
        return new Box(x - by, y - by, width + 2 * by, height + 2 * by);
    }

    Box union(Box other) {
        double left = Math.min(x, other.x), top = Math.min(y, other.y);
        return new Box(left, top, Math.max(right(), other.right()) - left, Math.max(bottom(), other.bottom()) - top);
    }
}
