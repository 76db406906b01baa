package org.contrechamp.storage.declared;

import java.io.IOException;
import java.nio.file.Path;

import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.declared.GeoPoint;

/**
 * A made neighbourhood for the declared list, drawn in metres east (x) and north (y) of 48.86°N
 * 2.35°E: Rue de Rivoli along y = 0, crossed by Rue Saint-Denis at x = 0 (no shared node), by the two
 * carriageways of Boulevard de Sébastopol at x = 90 and 110, and twice by Rue Sinueuse (x = -250 and
 * -200); Rue de l’Église stops 5 m short of it at x = -100, Rue du Temple 30 m short at x = 200;
 * Avenue Victor Hugo runs 500 m north of it; number 12 of Rue Saint-Denis is at (5, 120).
 */
public final class DeclaredTestArea {

    static final double LAT0 = 48.86;
    static final double LON0 = 2.35;
    private static final double M_LAT = 1 / 111_195.0;
    private static final double M_LON = 1 / (111_195.0 * Math.cos(Math.toRadians(LAT0)));

    private DeclaredTestArea() {
    }

    public static GeoPoint at(double x, double y) {
        return new GeoPoint(LAT0 + y * M_LAT, LON0 + x * M_LON);
    }

    public static Path write(Path file) throws IOException {
        OsmXml xml = OsmXml.create();
        long[] next = {1};
        java.util.function.BiFunction<Double, Double, Long> node = (x, y) -> {
            long id = next[0]++;
            GeoPoint p = at(x, y);
            xml.node(id, p.lat(), p.lon());
            return id;
        };
        long w = 100;
        xml.way(w++, ids(node, -300, 0, -100, 0, 0.5, 0, 100, 0, 300, 0), "highway", "secondary", "name", "Rue de Rivoli");
        xml.way(w++, ids(node, 0, -200, 0, 200), "highway", "tertiary", "name", "Rue Saint-Denis");
        xml.way(w++, ids(node, 90, -200, 90, 200), "highway", "primary", "name", "Boulevard de Sébastopol");
        xml.way(w++, ids(node, 110, 200, 110, -200), "highway", "primary", "name", "Boulevard de Sébastopol");
        xml.way(w++, ids(node, -100, 5, -100, 150), "highway", "residential", "name", "Rue de l’Église");
        xml.way(w++, ids(node, 200, 30, 200, 200), "highway", "residential", "name", "Rue du Temple");
        xml.way(w++, ids(node, -300, 500, 300, 500), "highway", "primary", "name", "Avenue Victor Hugo");
        xml.way(w++, ids(node, -250, -50, -250, 50, -200, 50, -200, -50), "highway", "residential", "name", "Rue Sinueuse");
        GeoPoint twelve = at(5, 120);
        xml.node(next[0]++, twelve.lat(), twelve.lon(), "addr:housenumber", "12", "addr:street", "Rue Saint-Denis");
        return xml.write(file);
    }

    private static long[] ids(java.util.function.BiFunction<Double, Double, Long> node, double... xy) {
        long[] ids = new long[xy.length / 2];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = node.apply(xy[2 * i], xy[2 * i + 1]);
        }
        return ids;
    }
}
