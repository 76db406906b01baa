package org.contrechamp.ui.conflicts;

import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;

/**
 * Where the names of two markers go on the map: each on the far side of its own marker from the
 * other, along the line between them. Two records a few metres apart are a few pixels apart; names
 * written to the right of both then lay one over the other. Put on opposite sides (left of the
 * western marker, right of the eastern one), the two boxes never share a column, so never overlap
 * and never cover the other marker, whatever the bearing between them or the names' lengths.
 */
final class PairLabels {

    /** From a marker's centre to its name: the marker's radius (8 px), its white edge and a gap. */
    static final double OFFSET = 13;

    private PairLabels() {
    }

    /** The two names' boxes: the first marker's, then the second's. */
    static Rectangle2D[] place(Point2D first, Dimension2D firstSize, Point2D second, Dimension2D secondSize) {
        Point2D away = first.subtract(second);
        double length = away.magnitude();
        // On one spot there is no line between them: the first name to the right, the second to the left.
        Point2D unit = length < 1e-6 ? new Point2D(0, 0) : away.multiply(1 / length);
        int side = away.getX() >= 0 ? 1 : -1;
        return new Rectangle2D[] {beside(first, firstSize, unit, side), beside(second, secondSize, unit.multiply(-1), -side)};
    }

    /**
     * A name beside its marker, on {@code side} (1: right, -1: left), moved up or down as far as the
     * line between the markers leans, so that a pair one above the other reads as such.
     */
    private static Rectangle2D beside(Point2D marker, Dimension2D size, Point2D away, int side) {
        double minX = side > 0 ? marker.getX() + OFFSET : marker.getX() - OFFSET - size.getWidth();
        double centreY = marker.getY() + away.getY() * size.getHeight() / 2;
        return new Rectangle2D(minX, centreY - size.getHeight() / 2, size.getWidth(), size.getHeight());
    }
}
