package org.contrechamp.core.coverage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.contrechamp.core.area.NameKey;
import org.contrechamp.core.area.StreetWay;
import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.area.geom.LocalProjection;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.inventory.ZoneSource;
import org.contrechamp.core.track.TrackPoints;

/**
 * Coverage from plain inputs (the area's streets, the kept tracks, the cameras), with no storage: the
 * streets are walked every {@value CoverageRules#STEP_M} m and each step asks the {@link TrackIndex}
 * whether a track passed along there; the cameras find their street through a {@link PointGrid} of
 * those same steps. Everything is measured in metres on one flat map centred on the area, which
 * over a city's few kilometres is off by well under one percent.
 */
public final class CoverageCalculator {

    /** Which streets count, and in which zone. */
    public interface Zones {
        /** Whether a point is in the zone asked for (always true for the whole area). */
        boolean inScope(double lat, double lon);

        /** The zone a street way is counted in, from its middle point; null outside every zone. */
        String zoneOf(long wayId, double lat, double lon);
    }

    /**
     * A camera recorded by a volunteer.
     *
     * @param street the street it was listed under (typed or assigned when placed), or null
     */
    public record Camera(double lat, double lon, String street) {
    }

    private CoverageCalculator() {
    }

    public static Coverage compute(String scope, ZoneSource zoneSource, List<StreetWay> streets, List<TrackPoints> tracks,
            List<Camera> cameras, Zones zones, Cancellation cancellation) {
        LocalProjection projection = centredOn(streets);
        TrackIndex walked = new TrackIndex(tracks, projection);
        cancellation.throwIfCancelled();

        Map<StreetKey, Street> byKey = new LinkedHashMap<>();
        List<Street> groups = new ArrayList<>();
        Samples samples = new Samples();
        int done = 0;
        for (StreetWay way : streets) {
            if (++done % 256 == 0) {
                cancellation.throwIfCancelled();
            }
            Geometry g = way.geometry();
            if (g.partCount() == 0 || g.pointCount(0) == 0) {
                continue;
            }
            double[] middle = middle(g);
            double midLat = middle[0];
            double midLon = middle[1];
            if (!zones.inScope(midLat, midLon)) {
                continue;
            }
            StreetKey key = new StreetKey(zones.zoneOf(way.wayId(), midLat, midLon), way.name());
            Street street = byKey.computeIfAbsent(key, k -> {
                Street s = new Street(k, groups.size());
                groups.add(s);
                return s;
            });
            street.geometry.add(g);
            for (int p = 0; p < g.partCount(); p++) {
                int[] part = g.part(p);
                int n = part.length / 2;
                int segments = way.area() && n > 2 ? n : n - 1; // a square's outline closes on itself
                for (int i = 0; i < segments; i++) {
                    int j = (i + 1) % n;
                    double ax = projection.x(part[2 * i]);
                    double ay = projection.y(part[2 * i + 1]);
                    double bx = projection.x(part[2 * j]);
                    double by = projection.y(part[2 * j + 1]);
                    double length = Math.hypot(bx - ax, by - ay);
                    if (length == 0) {
                        continue;
                    }
                    // Along a square's outline any direction is along it: people cross squares every way.
                    double ux = way.area() ? Double.NaN : (bx - ax) / length;
                    double uy = way.area() ? Double.NaN : (by - ay) / length;
                    int steps = Math.max(1, (int) Math.ceil(length / CoverageRules.STEP_M));
                    double piece = length / steps;
                    for (int s = 0; s < steps; s++) {
                        double f = (s + 0.5) / steps;
                        double x = ax + f * (bx - ax);
                        double y = ay + f * (by - ay);
                        street.length += piece;
                        samples.add(x, y, ux, uy, ax, ay, bx, by, piece, street.index);
                    }
                }
            }
        }
        cancellation.throwIfCancelled();
        PointGrid grid = new PointGrid(samples.x.toArray(), samples.y.toArray(), CoverageRules.RADIUS_M);
        int[] sampleStreet = samples.street.toArray();
        matchTracks(walked, samples, grid, sampleStreet, groups, cancellation);
        countCameras(cameras, zones, projection, groups, grid, sampleStreet);
        return summarise(scope, zoneSource, tracks.size(), groups);
    }

    /**
     * Each point of a track goes to ONE street: the nearest that runs the way the walker went (within
     * {@link CoverageRules#RADIUS_M}), and that street's steps within the radius of the point count as
     * walked. Without this choice a walk along a boulevard would also walk the slip road, the stairs
     * and the car park entrance beside it, which run the same way a few metres off (Monaco's
     * streets showed it).
     */
    private static void matchTracks(TrackIndex walked, Samples samples, PointGrid grid, int[] sampleStreet,
            List<Street> groups, Cancellation cancellation) {
        double minCos = Math.cos(Math.toRadians(CoverageRules.HEADING_TOLERANCE_DEG));
        boolean[] covered = new boolean[sampleStreet.length];
        double reach = CoverageRules.RADIUS_M + CoverageRules.STEP_M;
        for (int p = 0; p < walked.size(); p++) {
            if (p % 4096 == 0) {
                cancellation.throwIfCancelled();
            }
            double px = walked.x(p);
            double py = walked.y(p);
            float hx = walked.ux(p);
            float hy = walked.uy(p);
            int[] best = {-1};
            double[] bestDistance = {Double.POSITIVE_INFINITY};
            grid.near(px, py, reach, (id, distance) -> {
                float sx = samples.ux.get(id);
                if (!Float.isNaN(hx) && !Float.isNaN(sx) && Math.abs(hx * sx + hy * samples.uy.get(id)) < minCos) {
                    return true;
                }
                double d = samples.segmentDistance(id, px, py);
                int street = sampleStreet[id];
                if (d <= CoverageRules.RADIUS_M && (d < bestDistance[0] || d == bestDistance[0]
                        && groups.get(street).key.name().compareTo(groups.get(best[0]).key.name()) < 0)) {
                    best[0] = street;
                    bestDistance[0] = d;
                }
                return true;
            });
            if (best[0] < 0) {
                continue;
            }
            int chosen = best[0];
            grid.near(px, py, CoverageRules.RADIUS_M, (id, distance) -> {
                if (sampleStreet[id] == chosen) {
                    covered[id] = true;
                }
                return true;
            });
        }
        for (int id = 0; id < covered.length; id++) {
            if (covered[id]) {
                groups.get(sampleStreet[id]).walked += samples.piece.get(id);
            }
        }
    }

    /** The steps along every street: where, which way the street goes there, on which segment, how long. */
    private static final class Samples {
        final TrackIndex.FloatList x = new TrackIndex.FloatList();
        final TrackIndex.FloatList y = new TrackIndex.FloatList();
        final TrackIndex.FloatList ux = new TrackIndex.FloatList();
        final TrackIndex.FloatList uy = new TrackIndex.FloatList();
        final TrackIndex.FloatList ax = new TrackIndex.FloatList();
        final TrackIndex.FloatList ay = new TrackIndex.FloatList();
        final TrackIndex.FloatList bx = new TrackIndex.FloatList();
        final TrackIndex.FloatList by = new TrackIndex.FloatList();
        final TrackIndex.FloatList piece = new TrackIndex.FloatList();
        final IntList street = new IntList();

        void add(double sx, double sy, double dx, double dy, double x0, double y0, double x1, double y1, double length,
                int streetIndex) {
            x.add((float) sx);
            y.add((float) sy);
            ux.add((float) dx);
            uy.add((float) dy);
            ax.add((float) x0);
            ay.add((float) y0);
            bx.add((float) x1);
            by.add((float) y1);
            piece.add((float) length);
            street.add(streetIndex);
        }

        /** Distance from (px, py) to the street segment the step lies on. */
        double segmentDistance(int id, double px, double py) {
            double x0 = ax.get(id) - px;
            double y0 = ay.get(id) - py;
            double dx = bx.get(id) - ax.get(id);
            double dy = by.get(id) - ay.get(id);
            double l2 = dx * dx + dy * dy;
            double t = l2 == 0 ? 0 : Math.max(0, Math.min(1, -(x0 * dx + y0 * dy) / l2));
            return Math.hypot(x0 + t * dx, y0 + t * dy);
        }
    }

    /** Each camera to the street it was listed under when that one is near, else to the nearest street. */
    private static void countCameras(List<Camera> cameras, Zones zones, LocalProjection projection, List<Street> groups,
            PointGrid samples, int[] sampleStreet) {
        for (Camera camera : cameras) {
            if (!zones.inScope(camera.lat(), camera.lon())) {
                continue;
            }
            double x = projection.x(Geometry.toE7(camera.lon()));
            double y = projection.y(Geometry.toE7(camera.lat()));
            Street found = null;
            if (camera.street() != null) {
                String wanted = NameKey.of(camera.street());
                found = nearest(samples, sampleStreet, groups, x, y, CoverageRules.NAMED_STREET_M,
                        s -> s.nameKey().equals(wanted));
            }
            if (found == null) {
                found = nearest(samples, sampleStreet, groups, x, y, CoverageRules.CAMERA_STREET_M, s -> true);
            }
            if (found != null) {
                found.cameras++;
            }
        }
    }

    private static Street nearest(PointGrid samples, int[] sampleStreet, List<Street> groups, double x, double y,
            double radius, java.util.function.Predicate<Street> accept) {
        Street[] best = new Street[1];
        double[] bestDistance = {Double.POSITIVE_INFINITY};
        samples.near(x, y, radius, (id, distance) -> {
            Street s = groups.get(sampleStreet[id]);
            // equally near: the first street by name, so that the answer never changes between runs
            if ((distance < bestDistance[0] || distance == bestDistance[0] && best[0] != null
                    && s.key.name().compareTo(best[0].key.name()) < 0) && accept.test(s)) {
                best[0] = s;
                bestDistance[0] = distance;
            }
            return true;
        });
        return best[0];
    }

    private static Coverage summarise(String scope, ZoneSource zoneSource, int trackCount, List<Street> groups) {
        List<StreetCoverage> streets = new ArrayList<>(groups.size());
        for (Street s : groups) {
            streets.add(new StreetCoverage(s.key.name(), s.key.zone(), s.length, s.walked, s.cameras, s.geometry));
        }
        Comparator<String> zoneOrder = Comparator.nullsLast(Comparator.comparing(NameKey::of));
        streets.sort(Comparator.comparing(StreetCoverage::zone, zoneOrder).thenComparing(s -> NameKey.of(s.name()))
                .thenComparing(StreetCoverage::name));
        Map<String, ZoneCoverage> byZone = new HashMap<>();
        ZoneCoverage total = ZoneCoverage.empty(null);
        List<String> order = new ArrayList<>();
        for (StreetCoverage s : streets) {
            if (!byZone.containsKey(s.zone())) {
                order.add(s.zone());
            }
            byZone.merge(s.zone(), ZoneCoverage.empty(s.zone()).plus(s), (a, b) -> a.plus(s));
            total = total.plus(s);
        }
        List<ZoneCoverage> zones = order.stream().map(byZone::get).toList();
        return new Coverage(scope, zoneSource, trackCount, streets, zones, total);
    }

    /**
     * The point halfway along a way's first part (latitude, longitude): where the street is counted.
     * Its middle node would do for a long way, but a two-node street would be counted at one end.
     */
    static double[] middle(Geometry g) {
        int[] part = g.part(0);
        int n = part.length / 2;
        LocalProjection local = new LocalProjection(g.lat(0, 0), g.lon(0, 0));
        double total = 0;
        for (int i = 0; i + 1 < n; i++) {
            total += Math.hypot(local.x(part[2 * i + 2]) - local.x(part[2 * i]), local.y(part[2 * i + 3]) - local.y(part[2 * i + 1]));
        }
        double left = total / 2;
        for (int i = 0; i + 1 < n; i++) {
            double length = Math.hypot(local.x(part[2 * i + 2]) - local.x(part[2 * i]),
                    local.y(part[2 * i + 3]) - local.y(part[2 * i + 1]));
            if (length > 0 && left <= length) {
                double f = left / length;
                return new double[] {(part[2 * i + 1] + f * (part[2 * i + 3] - part[2 * i + 1])) / Geometry.E7,
                    (part[2 * i] + f * (part[2 * i + 2] - part[2 * i])) / Geometry.E7};
            }
            left -= length;
        }
        return new double[] {g.lat(0, 0), g.lon(0, 0)};
    }

    /** One flat map for the whole area, centred on the middle of its streets. */
    private static LocalProjection centredOn(List<StreetWay> streets) {
        double minLat = 90;
        double maxLat = -90;
        double minLon = 180;
        double maxLon = -180;
        for (StreetWay w : streets) {
            var b = w.geometry().bounds();
            minLat = Math.min(minLat, b.minLat());
            maxLat = Math.max(maxLat, b.maxLat());
            minLon = Math.min(minLon, b.minLon());
            maxLon = Math.max(maxLon, b.maxLon());
        }
        return streets.isEmpty() ? new LocalProjection(0, 0) : new LocalProjection((minLat + maxLat) / 2, (minLon + maxLon) / 2);
    }

    private record StreetKey(String zone, String name) {
        StreetKey {
            Objects.requireNonNull(name);
        }
    }

    /** A street while it is being measured. */
    private static final class Street {
        final StreetKey key;
        final int index;
        final List<Geometry> geometry = new ArrayList<>();
        final String nameKey;
        double length;
        double walked;
        int cameras;

        Street(StreetKey key, int index) {
            this.key = key;
            this.index = index;
            this.nameKey = NameKey.of(key.name());
        }

        String nameKey() {
            return nameKey;
        }
    }

    /** A growable array of ints. */
    private static final class IntList {
        private int[] values = new int[1024];
        private int size;

        void add(int v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
