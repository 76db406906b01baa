package org.contrechamp.storage.area;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.HashSet;
import java.util.Set;

import org.contrechamp.core.area.build.FeatureClassifier;
import org.contrechamp.core.area.osm.OsmFileReader;
import org.contrechamp.core.area.osm.OsmHandler;
import org.contrechamp.core.area.osm.OsmMember;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.geo.GeoMath;

/**
 * The nearest named street the slow and obvious way, to check the gazetteer against: every segment
 * of every named street of the file, the closest point of each found by ternary search on
 * great-circle distances (no projection, no index, no stored geometry).
 */
final class BruteForceStreets implements OsmHandler {

    record Answer(String name, double distance) {
    }

    private record Street(String name, boolean area, long[] refs) {
    }

    private final Map<Long, double[]> nodes = new HashMap<>();
    private final List<Street> streets = new ArrayList<>();
    final List<String> namesWithPlatforms = new ArrayList<>();

    static BruteForceStreets of(Path file) {
        BruteForceStreets b = new BruteForceStreets();
        OsmFileReader.read(file, b, Progress.NONE, Cancellation.NEVER);
        return b;
    }

    @Override
    public void bounds(double minLon, double minLat, double maxLon, double maxLat) {
    }

    @Override
    public void node(long id, double lat, double lon, Map<String, String> tags) {
        nodes.put(id, new double[] {lat, lon});
    }

    @Override
    public void way(long id, long[] refs, Map<String, String> tags) {
        if (tags.containsKey("highway") && tags.containsKey("name")) {
            namesWithPlatforms.add(tags.get("name"));
        }
        if (FeatureClassifier.isStreet(tags)) {
            boolean closed = refs.length >= 4 && refs[0] == refs[refs.length - 1];
            boolean area = closed && "yes".equals(tags.get("area"))
                    && List.of("pedestrian", "footway", "living_street").contains(tags.get("highway"));
            streets.add(new Street(tags.get("name").strip(), area, refs));
        }
    }

    @Override
    public void relation(long id, List<OsmMember> members, Map<String, String> tags) {
    }

    /** The nodes where streets of different names meet: crossings. */
    List<double[]> crossings() {
        Map<Long, Set<String>> namesAt = new HashMap<>();
        for (Street s : streets) {
            for (long ref : s.refs()) {
                namesAt.computeIfAbsent(ref, k -> new HashSet<>()).add(s.name());
            }
        }
        List<double[]> crossings = new ArrayList<>();
        namesAt.forEach((ref, names) -> {
            if (names.size() >= 2 && nodes.containsKey(ref)) {
                crossings.add(nodes.get(ref));
            }
        });
        crossings.sort(java.util.Comparator.comparingDouble((double[] p) -> p[0]).thenComparingDouble(p -> p[1]));
        return crossings;
    }

    List<String> names() {
        return streets.stream().filter(s -> resolvedSegments(s) > 0).map(Street::name).distinct().toList();
    }

    private int resolvedSegments(Street s) {
        int n = 0;
        for (int i = 0; i + 1 < s.refs().length; i++) {
            if (nodes.containsKey(s.refs()[i]) && nodes.containsKey(s.refs()[i + 1])) {
                n++;
            }
        }
        return n;
    }

    /** The nearest street within {@code max} metres, or null. */
    Answer nearest(double lat, double lon, double max) {
        Answer best = null;
        double degrees = max / 111_000 * 2.5;
        for (Street s : streets) {
            double d = Double.POSITIVE_INFINITY;
            if (s.area() && inside(s, lat, lon)) {
                d = 0;
            }
            for (int i = 0; i + 1 < s.refs().length; i++) {
                double[] a = nodes.get(s.refs()[i]);
                double[] b = nodes.get(s.refs()[i + 1]);
                if (a == null || b == null || farApart(a, b, lat, lon, degrees)) {
                    continue;
                }
                d = Math.min(d, segment(a, b, lat, lon));
            }
            if (d <= max && (best == null || d < best.distance())) {
                best = new Answer(s.name(), d);
            }
        }
        return best;
    }

    private static boolean farApart(double[] a, double[] b, double lat, double lon, double degrees) {
        return Math.min(a[0], b[0]) > lat + degrees || Math.max(a[0], b[0]) < lat - degrees
                || Math.min(a[1], b[1]) > lon + degrees * 1.5 || Math.max(a[1], b[1]) < lon - degrees * 1.5;
    }

    private static double segment(double[] a, double[] b, double lat, double lon) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 80; i++) {
            double m1 = lo + (hi - lo) / 3;
            double m2 = hi - (hi - lo) / 3;
            if (at(a, b, m1, lat, lon) < at(a, b, m2, lat, lon)) {
                hi = m2;
            } else {
                lo = m1;
            }
        }
        return at(a, b, (lo + hi) / 2, lat, lon);
    }

    private static double at(double[] a, double[] b, double t, double lat, double lon) {
        return GeoMath.distanceMeters(lat, lon, a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1]));
    }

    private boolean inside(Street s, double lat, double lon) {
        boolean in = false;
        long[] r = s.refs();
        for (int i = 0, j = r.length - 2; i < r.length - 1; j = i++) {
            double[] p = nodes.get(r[i]);
            double[] q = nodes.get(r[j]);
            if (p == null || q == null) {
                return false;
            }
            if ((p[0] > lat) != (q[0] > lat) && lon < (q[1] - p[1]) * (lat - p[0]) / (q[0] - p[0]) + p[1]) {
                in = !in;
            }
        }
        return in;
    }
}
