package org.contrechamp.core.declared;

import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.geo.GeoMath;

/**
 * A flat map in metres around one point (equirectangular), and back: over a town, where crossings
 * are looked for, its error is a few parts in ten thousand, well under a metre at a crossing.
 */
final class Plane {

    private static final double METRES_PER_DEGREE = Math.toRadians(1) * GeoMath.EARTH_RADIUS_M;

    private final double lat0;
    private final double lon0;
    private final double metresPerDegreeLon;

    Plane(double lat0, double lon0) {
        this.lat0 = lat0;
        this.lon0 = lon0;
        this.metresPerDegreeLon = METRES_PER_DEGREE * Math.cos(Math.toRadians(lat0));
    }

    double x(int lonE7) {
        return (lonE7 / Geometry.E7 - lon0) * metresPerDegreeLon;
    }

    double y(int latE7) {
        return (latE7 / Geometry.E7 - lat0) * METRES_PER_DEGREE;
    }

    GeoPoint point(double x, double y) {
        return new GeoPoint(lat0 + y / METRES_PER_DEGREE, lon0 + x / metresPerDegreeLon);
    }

    /** Every segment of the lines, as x1, y1, x2, y2 in metres; a single point is a segment of length 0. */
    double[] segments(Iterable<Geometry> lines) {
        int count = 0;
        for (Geometry g : lines) {
            for (int p = 0; p < g.partCount(); p++) {
                count += Math.max(1, g.pointCount(p) - 1);
            }
        }
        double[] s = new double[count * 4];
        int k = 0;
        for (Geometry g : lines) {
            for (int p = 0; p < g.partCount(); p++) {
                int[] part = g.part(p);
                if (part.length == 2) {
                    s[k++] = x(part[0]);
                    s[k++] = y(part[1]);
                    s[k++] = x(part[0]);
                    s[k++] = y(part[1]);
                    continue;
                }
                for (int i = 0; i + 3 < part.length; i += 2) {
                    s[k++] = x(part[i]);
                    s[k++] = y(part[i + 1]);
                    s[k++] = x(part[i + 2]);
                    s[k++] = y(part[i + 3]);
                }
            }
        }
        return s;
    }
}
