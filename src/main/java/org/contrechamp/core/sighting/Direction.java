package org.contrechamp.core.sighting;

import org.contrechamp.core.common.DecimalText;

/**
 * Where a camera looks, in degrees clockwise from true north, as {@code camera:direction} writes it:
 * one bearing ({@code 90}) or a sector swept clockwise from one bearing to another ({@code 300-60};
 * {@code 0-360} is all round). Several directions (several cameras on one pole) are a list.
 */
public sealed interface Direction permits Direction.Bearing, Direction.Sector {

    /** The tag text of this direction: {@code 90}, {@code 12.5}, {@code 300-60}. */
    String toTag();

    /** The bearing at the middle of the view, for drawing and sorting. */
    double centre();

    static Bearing bearing(double degrees) {
        return new Bearing(degrees);
    }

    static Sector sector(double from, double to) {
        return new Sector(from, to);
    }

    /** One bearing, 0 to 360 inclusive (360 is how some mappers write north). */
    record Bearing(double degrees) implements Direction {
        public Bearing {
            requireDegrees(degrees);
        }

        @Override
        public String toTag() {
            return formatDegrees(degrees);
        }

        @Override
        public double centre() {
            return degrees % 360.0;
        }
    }

    /** A sector from {@code from} clockwise to {@code to}; {@code 0-360} covers all round. */
    record Sector(double from, double to) implements Direction {
        public Sector {
            requireDegrees(from);
            requireDegrees(to);
        }

        /** The sweep in degrees, 0 to 360. */
        public double width() {
            if (isAllRound()) {
                return 360.0;
            }
            double w = (to - from) % 360.0;
            return w < 0 ? w + 360.0 : w;
        }

        public boolean isAllRound() {
            return Math.abs(to - from) == 360.0;
        }

        @Override
        public String toTag() {
            return formatDegrees(from) + "-" + formatDegrees(to);
        }

        @Override
        public double centre() {
            return (from + width() / 2.0) % 360.0;
        }
    }

    private static String formatDegrees(double degrees) {
        return DecimalText.shortest(degrees);
    }

    private static void requireDegrees(double degrees) {
        if (!(degrees >= 0.0 && degrees <= 360.0)) {
            throw new IllegalArgumentException("a direction is between 0 and 360 degrees, not " + degrees);
        }
    }
}
