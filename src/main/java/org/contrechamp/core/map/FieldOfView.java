package org.contrechamp.core.map;

import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.geo.GeoMath;
import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Sighting;

/**
 * What a camera sees, drawn as cones on the map: one per direction. A bearing gets a cone of the
 * field-of-view angle (a setting, 60° by default) centred on it; a sector is drawn as it is; all
 * round is a full disc. The length says roughly how far the camera sees: from height and tilt when
 * both are known (a camera 6 m up tilted 15° looks about 22 m ahead), from height alone otherwise,
 * else a modest default.
 */
public final class FieldOfView {

    public static final double DEFAULT_LENGTH_M = 25;
    public static final double MIN_LENGTH_M = 10;
    public static final double MAX_LENGTH_M = 80;

    /** A cone from {@code from} clockwise to {@code to} (degrees from north), {@code length} metres long. */
    public record Cone(double from, double to, double lengthMeters) {
        public double width() {
            double w = to - from;
            return w <= 0 ? w + 360 : w;
        }

        public boolean isFullCircle() {
            return width() >= 360;
        }
    }

    private FieldOfView() {
    }

    public static List<Cone> cones(Sighting s, double angleDegrees) {
        double length = lengthMeters(s.height(), s.tilt());
        List<Cone> cones = new ArrayList<>(s.directions().size());
        for (Direction d : s.directions()) {
            cones.add(cone(d, angleDegrees, length));
        }
        return cones;
    }

    public static Cone cone(Direction d, double angleDegrees, double lengthMeters) {
        if (d instanceof Direction.Sector sector) {
            if (sector.isAllRound()) {
                return new Cone(0, 360, lengthMeters);
            }
            return new Cone(sector.from() % 360, (sector.from() + sector.width()) % 360, lengthMeters);
        }
        double half = Math.max(1, Math.min(359, angleDegrees)) / 2;
        double centre = d.centre();
        return new Cone(normalise(centre - half), normalise(centre + half), lengthMeters);
    }

    /** How far the cone reaches: ground distance to where the camera's axis meets the street. */
    public static double lengthMeters(Double height, Double tilt) {
        if (height == null || height <= 0) {
            return DEFAULT_LENGTH_M;
        }
        double length;
        if (tilt != null && tilt > 0) {
            length = height / Math.tan(Math.toRadians(tilt));
        } else {
            length = height * 6;
        }
        return Math.max(MIN_LENGTH_M, Math.min(MAX_LENGTH_M, length));
    }

    /**
     * The cone as a polygon in latitude/longitude (apex first, then the arc), with a point every
     * {@code stepDegrees} of arc; a full circle has no apex.
     */
    public static List<double[]> polygon(double latitude, double longitude, Cone cone, double stepDegrees) {
        List<double[]> points = new ArrayList<>();
        if (!cone.isFullCircle()) {
            points.add(new double[] {latitude, longitude});
        }
        double width = cone.isFullCircle() ? 360 : cone.width();
        int steps = Math.max(2, (int) Math.ceil(width / stepDegrees));
        double mPerDegLat = Math.toRadians(1) * GeoMath.EARTH_RADIUS_M;
        double mPerDegLon = mPerDegLat * Math.cos(Math.toRadians(latitude));
        for (int i = 0; i <= steps; i++) {
            double bearing = Math.toRadians(cone.from() + width * i / steps);
            double north = Math.cos(bearing) * cone.lengthMeters();
            double east = Math.sin(bearing) * cone.lengthMeters();
            points.add(new double[] {latitude + north / mPerDegLat, longitude + east / mPerDegLon});
        }
        return points;
    }

    private static double normalise(double degrees) {
        double d = degrees % 360;
        return d < 0 ? d + 360 : d;
    }
}
