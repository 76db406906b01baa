package org.contrechamp.core.area.geom;

import org.contrechamp.core.geo.GeoMath;

/**
 * A flat map in metres around one point (equirectangular: east-west distances shrink with the
 * cosine of the latitude). Over the few hundred metres a street search looks at, it agrees with
 * great-circle distances to well under a millimetre per metre, and a distance to a segment becomes
 * plane geometry.
 */
public final class LocalProjection {

    private static final double METRES_PER_E7_LAT = Math.toRadians(1e-7) * GeoMath.EARTH_RADIUS_M;

    private final double originLon;
    private final double originLat;
    private final double metresPerE7Lon;

    /** A projection centred on a point given in degrees. */
    public LocalProjection(double lat, double lon) {
        this.originLat = lat * Geometry.E7;
        this.originLon = lon * Geometry.E7;
        this.metresPerE7Lon = METRES_PER_E7_LAT * Math.cos(Math.toRadians(lat));
    }

    public double x(int lonE7) {
        return (lonE7 - originLon) * metresPerE7Lon;
    }

    public double y(int latE7) {
        return (latE7 - originLat) * METRES_PER_E7_LAT;
    }

    /** Distance in metres from the origin to the nearest point of a line's parts. */
    public double distanceToLine(Geometry geometry) {
        double best = Double.POSITIVE_INFINITY;
        for (int p = 0; p < geometry.partCount(); p++) {
            int[] part = geometry.part(p);
            if (part.length == 2) {
                best = Math.min(best, Math.hypot(x(part[0]), y(part[1])));
                continue;
            }
            for (int i = 0; i + 3 < part.length; i += 2) {
                best = Math.min(best, segmentDistance(x(part[i]), y(part[i + 1]), x(part[i + 2]), y(part[i + 3])));
            }
        }
        return best;
    }

    /** Distance in metres from the origin to an area's outline, or 0 when the origin lies inside. */
    public double distanceToArea(Geometry geometry) {
        boolean inside = false;
        double best = Double.POSITIVE_INFINITY;
        for (int p = 0; p < geometry.partCount(); p++) {
            int[] ring = geometry.part(p);
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                double xi = x(ring[2 * i]);
                double yi = y(ring[2 * i + 1]);
                double xj = x(ring[2 * j]);
                double yj = y(ring[2 * j + 1]);
                if ((yi > 0) != (yj > 0) && 0 < (xj - xi) * (0 - yi) / (yj - yi) + xi) {
                    inside = !inside; // even-odd rule: holes count out
                }
                best = Math.min(best, segmentDistance(xi, yi, xj, yj));
            }
        }
        return inside ? 0 : best;
    }

    /** Distance from (0, 0) to the segment from (ax, ay) to (bx, by). */
    static double segmentDistance(double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : -(ax * dx + ay * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return Math.hypot(ax + t * dx, ay + t * dy);
    }
}
