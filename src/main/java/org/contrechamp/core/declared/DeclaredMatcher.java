package org.contrechamp.core.declared;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.sighting.Sighting;

/**
 * Matches declared sites with sightings one to one, greedily by distance: every pair within the
 * distance, nearest first, is taken when its sighting is still free and its site still has cameras
 * to find. Greedy is not an optimal assignment, but a sighting near two sites goes to the nearer,
 * which is what a person checking the map does too; ties are decided by site key and sighting id, so
 * the result never changes between runs.
 */
public final class DeclaredMatcher {

    /**
     * 30 m: a declared site is a crossing's middle or a street's house; the camera stands on a pole or
     * a wall at a corner, 10 to 20 m from the middle of a wide crossing, and a phone's position is
     * within 5 to 10 m. Blocks in a town are 80 m and more, so 30 m does not reach the next crossing.
     */
    public static final double DEFAULT_DISTANCE_M = 30;
    public static final double MAX_DISTANCE_M = 1000;

    private DeclaredMatcher() {
    }

    public static DeclaredComparison compare(List<DeclaredSite> sites, List<Sighting> sightings, double distanceMeters) {
        if (!(distanceMeters > 0 && distanceMeters <= MAX_DISTANCE_M)) {
            throw new InvalidInputException(Problem.of("--distance", "out-of-range", distanceMeters, 0, MAX_DISTANCE_M));
        }
        List<DeclaredSite> placed = sites.stream().filter(s -> s.position() != null).toList();
        Sighting[] byLat = sightings.toArray(new Sighting[0]);
        Arrays.sort(byLat, Comparator.comparingDouble((Sighting s) -> s.position().latitude())
                .thenComparing(s -> s.id().toString()));
        double[] lats = new double[byLat.length];
        for (int i = 0; i < byLat.length; i++) {
            lats[i] = byLat[i].position().latitude();
        }
        double latWindow = distanceMeters / 111_000.0 * 1.01;
        List<Pair> pairs = new ArrayList<>();
        for (int s = 0; s < placed.size(); s++) {
            GeoPoint p = placed.get(s).position();
            for (int i = firstAtOrAbove(lats, p.lat() - latWindow); i < byLat.length && lats[i] <= p.lat() + latWindow; i++) {
                double d = p.distanceTo(point(byLat[i]));
                if (d <= distanceMeters) {
                    pairs.add(new Pair(s, i, d));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::distance).thenComparing(pair -> placed.get(pair.site).key())
                .thenComparing(pair -> byLat[pair.sighting].id().toString()));
        int[] left = placed.stream().mapToInt(DeclaredSite::cameras).toArray();
        boolean[] taken = new boolean[byLat.length];
        List<DeclaredComparison.Seen> seen = new ArrayList<>();
        for (Pair pair : pairs) {
            if (left[pair.site] > 0 && !taken[pair.sighting]) {
                left[pair.site]--;
                taken[pair.sighting] = true;
                seen.add(new DeclaredComparison.Seen(placed.get(pair.site), byLat[pair.sighting], pair.distance));
            }
        }
        seen.sort(Comparator.comparingInt((DeclaredComparison.Seen m) -> m.site().line()).thenComparingDouble(
                DeclaredComparison.Seen::distanceMeters));
        Map<String, Integer> leftByKey = new HashMap<>();
        for (int s = 0; s < placed.size(); s++) {
            leftByKey.put(placed.get(s).key(), left[s]);
        }
        List<DeclaredComparison.NotFound> notFound = new ArrayList<>();
        for (DeclaredSite site : sites) {
            if (site.position() == null) {
                notFound.add(new DeclaredComparison.NotFound(site, site.cameras(), null));
            } else if (leftByKey.get(site.key()) > 0) {
                notFound.add(new DeclaredComparison.NotFound(site, leftByKey.get(site.key()), nearestFree(site, byLat, taken)));
            }
        }
        List<DeclaredComparison.NotDeclared> notDeclared = new ArrayList<>();
        for (int i = 0; i < byLat.length; i++) {
            if (!taken[i]) {
                notDeclared.add(nearestSite(byLat[i], placed));
            }
        }
        notDeclared.sort(Comparator.comparing(n -> n.sighting().id().toString()));
        return new DeclaredComparison(distanceMeters, seen, notFound, notDeclared);
    }

    private record Pair(int site, int sighting, double distance) {
    }

    private static GeoPoint point(Sighting s) {
        return new GeoPoint(s.position().latitude(), s.position().longitude());
    }

    private static int firstAtOrAbove(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    private static Double nearestFree(DeclaredSite site, Sighting[] sightings, boolean[] taken) {
        Double best = null;
        for (int i = 0; i < sightings.length; i++) {
            if (!taken[i]) {
                double d = site.position().distanceTo(point(sightings[i]));
                best = best == null || d < best ? d : best;
            }
        }
        return best;
    }

    private static DeclaredComparison.NotDeclared nearestSite(Sighting sighting, List<DeclaredSite> placed) {
        DeclaredSite best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (DeclaredSite site : placed) {
            double d = site.position().distanceTo(point(sighting));
            if (d < bestDistance) {
                bestDistance = d;
                best = site;
            }
        }
        return new DeclaredComparison.NotDeclared(sighting, best, best == null ? null : bestDistance);
    }
}
