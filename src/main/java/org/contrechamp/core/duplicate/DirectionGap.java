package org.contrechamp.core.duplicate;

import java.util.List;

import org.contrechamp.core.sighting.Direction;

/**
 * How many degrees separate what two records look at: the smallest angle between any direction of one
 * and any direction of the other, a sector counting as its whole sweep (0 when they cross).
 */
final class DirectionGap {

    private DirectionGap() {
    }

    /** The gap in degrees (0 to 180), or NaN when either record has no direction. */
    static double between(List<Direction> a, List<Direction> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return Double.NaN;
        }
        double best = 180;
        for (Direction x : a) {
            for (Direction y : b) {
                best = Math.min(best, gap(x, y));
            }
        }
        return best;
    }

    static double gap(Direction x, Direction y) {
        double xs = start(x);
        double xw = width(x);
        double ys = start(y);
        double yw = width(y);
        if (xw >= 360 || yw >= 360) {
            return 0;
        }
        if (mod(ys - xs) <= xw || mod(xs - ys) <= yw) {
            return 0;
        }
        // Clockwise from the end of one arc to the start of the other, whichever way round is shorter.
        return Math.min(180, Math.min(mod(ys - (xs + xw)), mod(xs - (ys + yw))));
    }

    private static double start(Direction d) {
        return d instanceof Direction.Sector s ? s.from() % 360 : ((Direction.Bearing) d).degrees() % 360;
    }

    private static double width(Direction d) {
        return d instanceof Direction.Sector s ? s.width() : 0;
    }

    private static double mod(double degrees) {
        double m = degrees % 360;
        return m < 0 ? m + 360 : m;
    }
}
