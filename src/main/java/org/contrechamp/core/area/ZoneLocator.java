package org.contrechamp.core.area;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.geo.BoundingBox;

/**
 * Which zones hold a point: an even-odd ray test against every ring of the zones whose box holds it
 * (so holes and enclaves come out right without roles). Built once from the area's zones; immutable
 * and thread-safe. A few hundred zones answer in microseconds, which is all a city has.
 */
public final class ZoneLocator {

    private final List<Zone> zones;
    private final List<BoundingBox> boxes;

    public ZoneLocator(List<Zone> zones) {
        this.zones = List.copyOf(zones);
        List<BoundingBox> b = new ArrayList<>(zones.size());
        for (Zone zone : this.zones) {
            b.add(zone.geometry().bounds());
        }
        this.boxes = b;
    }

    public boolean isEmpty() {
        return zones.isEmpty();
    }

    public List<Zone> zones() {
        return zones;
    }

    /** The administrative levels present, finest (highest number) last. */
    public List<Integer> levels() {
        TreeSet<Integer> levels = new TreeSet<>();
        for (Zone zone : zones) {
            if (zone.kind() == ZoneKind.ADMINISTRATIVE) {
                levels.add(zone.adminLevel());
            }
        }
        return List.copyOf(levels);
    }

    public boolean hasPostalCodes() {
        return zones.stream().anyMatch(z -> z.kind() == ZoneKind.POSTAL_CODE);
    }

    /** Every zone holding the point, administrative levels from coarse to fine, then postal codes. */
    public List<Zone> containing(double lat, double lon) {
        List<Zone> found = new ArrayList<>();
        for (int i = 0; i < zones.size(); i++) {
            BoundingBox box = boxes.get(i);
            if (lon >= box.minLon() && lon <= box.maxLon() && lat >= box.minLat() && lat <= box.maxLat()
                    && contains(zones.get(i).geometry(), lat, lon)) {
                found.add(zones.get(i));
            }
        }
        found.sort(ORDER);
        return found;
    }

    /** The zone of that kind and level holding the point; when several overlap, the smallest box wins. */
    public Optional<Zone> at(double lat, double lon, ZoneKind kind, int level) {
        Zone best = null;
        double bestSize = Double.MAX_VALUE;
        for (int i = 0; i < zones.size(); i++) {
            Zone zone = zones.get(i);
            BoundingBox box = boxes.get(i);
            if (zone.kind() != kind || kind == ZoneKind.ADMINISTRATIVE && zone.adminLevel() != level) {
                continue;
            }
            if (lon >= box.minLon() && lon <= box.maxLon() && lat >= box.minLat() && lat <= box.maxLat()
                    && contains(zone.geometry(), lat, lon)) {
                double size = (box.maxLon() - box.minLon()) * (box.maxLat() - box.minLat());
                if (size < bestSize) {
                    best = zone;
                    bestSize = size;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static final Comparator<Zone> ORDER = Comparator.comparingInt((Zone z) -> z.kind().code())
            .thenComparingInt(Zone::adminLevel).thenComparing(Zone::name).thenComparingLong(Zone::osmId);

    /** Whether the zone holds the point. */
    public static boolean contains(Zone zone, double lat, double lon) {
        BoundingBox box = zone.geometry().bounds();
        return lon >= box.minLon() && lon <= box.maxLon() && lat >= box.minLat() && lat <= box.maxLat()
                && contains(zone.geometry(), lat, lon);
    }

    /** Even-odd point in polygon over all rings; a point exactly on an edge may fall either way. */
    static boolean contains(Geometry geometry, double lat, double lon) {
        long x = Math.round(lon * Geometry.E7);
        long y = Math.round(lat * Geometry.E7);
        boolean inside = false;
        for (int p = 0; p < geometry.partCount(); p++) {
            int[] ring = geometry.part(p);
            int n = ring.length / 2;
            for (int i = 0, j = n - 1; i < n; j = i++) {
                long xi = ring[2 * i];
                long yi = ring[2 * i + 1];
                long xj = ring[2 * j];
                long yj = ring[2 * j + 1];
                if ((yi > y) != (yj > y)) {
                    // where the edge crosses the horizontal line through the point
                    double crossX = xi + (double) (xj - xi) * (y - yi) / (double) (yj - yi);
                    if (x < crossX) {
                        inside = !inside;
                    }
                }
            }
        }
        return inside;
    }
}
