package org.contrechamp.core.export;

import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.common.DecimalText;
import org.contrechamp.core.map.FieldOfView;
import org.contrechamp.core.sighting.Sighting;

/**
 * A field of view as the exterior ring of a polygon, for files other programs read (GeoJSON, KML):
 * closed (the last point is the first, exactly) and counter-clockwise, as RFC 7946's right-hand rule
 * and KML's outer boundary want. {@link FieldOfView#polygon} walks the arc clockwise, as bearings
 * turn, so the ring is that walk reversed.
 */
final class ViewPolygons {

    private ViewPolygons() {
    }

    /**
     * The ring, each point {@code [lat, lon]}; empty for a cone that crosses the antimeridian (a camera
     * within metres of longitude 180°), which RFC 7946 would want cut in two: it is left out instead.
     */
    static List<double[]> exteriorRing(Sighting s, FieldOfView.Cone cone, double stepDegrees) {
        List<double[]> clockwise = FieldOfView.polygon(s.position().latitude(), s.position().longitude(), cone,
                stepDegrees);
        if (cone.isFullCircle()) {
            // The arc ends where it starts (0° and 360°), only nearly equal in floating point: drop its end.
            clockwise.remove(clockwise.size() - 1);
        }
        List<double[]> ring = new ArrayList<>(clockwise.size() + 1);
        for (int i = clockwise.size() - 1; i >= 0; i--) {
            double[] point = clockwise.get(i);
            // OSM's 7 decimals (about 1 cm): a cone is metres long, and the files stay small.
            ring.add(new double[] {round7(point[0]), round7(point[1])});
        }
        ring.add(ring.get(0));
        for (double[] point : ring) {
            if (point[1] < -180 || point[1] > 180) {
                return List.of();
            }
        }
        return ring;
    }

    static double round7(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }

    /** A bearing as the {@code field_of_view} property writes it: at most one decimal. */
    static String degrees(double bearing) {
        return DecimalText.shortest(Math.round(bearing * 10) / 10.0);
    }
}
