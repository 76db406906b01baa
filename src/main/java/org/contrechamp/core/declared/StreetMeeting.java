package org.contrechamp.core.declared;

import java.util.ArrayList;
import java.util.List;

/**
 * Where two streets meet, from their ways' segments on a {@link Plane}: the points where segments
 * cross, gathered into crossings (a boulevard of two carriageways crosses a street twice, a few
 * metres apart: one crossing), or, when no segment crosses, the middle of their nearest approach.
 */
final class StreetMeeting {

    /** Points of one crossing lie within this of their middle (two carriageways and a wide square). */
    static final double CROSSING_RADIUS_M = 40;

    /**
     * @param crossings the crossings found, most segments first (empty when the streets do not cross)
     * @param nearest   the middle of the nearest approach, when they do not cross
     * @param gap       the distance between the streets at {@code nearest}; 0 when they cross
     */
    record Result(List<double[]> crossings, double[] nearest, double gap) {
    }

    private StreetMeeting() {
    }

    static Result of(double[] a, double[] b) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < a.length; i += 4) {
            for (int j = 0; j < b.length; j += 4) {
                double[] cross = intersection(a[i], a[i + 1], a[i + 2], a[i + 3], b[j], b[j + 1], b[j + 2], b[j + 3]);
                if (cross != null) {
                    points.add(cross);
                }
            }
        }
        if (!points.isEmpty()) {
            return new Result(cluster(points), null, 0);
        }
        // Only streets that do not cross need the nearest approach, the costlier search.
        double best = Double.POSITIVE_INFINITY;
        double[] nearest = null;
        for (int i = 0; i < a.length; i += 4) {
            for (int j = 0; j < b.length; j += 4) {
                double[] candidate = closest(a[i], a[i + 1], a[i + 2], a[i + 3], b[j], b[j + 1], b[j + 2], b[j + 3]);
                if (candidate[2] < best) {
                    best = candidate[2];
                    nearest = candidate;
                }
            }
        }
        return nearest == null ? new Result(List.of(), null, Double.POSITIVE_INFINITY)
                : new Result(List.of(), new double[] {nearest[0], nearest[1]}, best);
    }

    /** Gathers points into crossings; each is {x, y, count}, the most counted first. */
    private static List<double[]> cluster(List<double[]> points) {
        List<double[]> sums = new ArrayList<>(); // x sum, y sum, count
        for (double[] p : points) {
            double[] home = null;
            for (double[] c : sums) {
                if (Math.hypot(c[0] / c[2] - p[0], c[1] / c[2] - p[1]) <= CROSSING_RADIUS_M) {
                    home = c;
                    break;
                }
            }
            if (home == null) {
                sums.add(new double[] {p[0], p[1], 1});
            } else {
                home[0] += p[0];
                home[1] += p[1];
                home[2] += 1;
            }
        }
        List<double[]> crossings = new ArrayList<>();
        for (double[] c : sums) {
            crossings.add(new double[] {c[0] / c[2], c[1] / c[2], c[2]});
        }
        crossings.sort((p, q) -> p[2] != q[2] ? Double.compare(q[2], p[2])
                : p[1] != q[1] ? Double.compare(p[1], q[1]) : Double.compare(p[0], q[0]));
        return crossings;
    }

    /** The point where two segments meet (ends included), or null. */
    static double[] intersection(double ax1, double ay1, double ax2, double ay2, double bx1, double by1, double bx2,
            double by2) {
        if (Math.max(ax1, ax2) < Math.min(bx1, bx2) || Math.max(bx1, bx2) < Math.min(ax1, ax2)
                || Math.max(ay1, ay2) < Math.min(by1, by2) || Math.max(by1, by2) < Math.min(ay1, ay2)) {
            return null;
        }
        double rx = ax2 - ax1;
        double ry = ay2 - ay1;
        double sx = bx2 - bx1;
        double sy = by2 - by1;
        double denominator = rx * sy - ry * sx;
        double qpx = bx1 - ax1;
        double qpy = by1 - ay1;
        if (Math.abs(denominator) < 1e-12) {
            // parallel: a shared end (two ways of one node) is a meeting; overlaps are not crossings
            if (ax1 == bx1 && ay1 == by1 || ax1 == bx2 && ay1 == by2) {
                return new double[] {ax1, ay1};
            }
            if (ax2 == bx1 && ay2 == by1 || ax2 == bx2 && ay2 == by2) {
                return new double[] {ax2, ay2};
            }
            return null;
        }
        double t = (qpx * sy - qpy * sx) / denominator;
        double u = (qpx * ry - qpy * rx) / denominator;
        double eps = 1e-9;
        if (t < -eps || t > 1 + eps || u < -eps || u > 1 + eps) {
            return null;
        }
        return new double[] {ax1 + t * rx, ay1 + t * ry};
    }

    /** The middle of the closest points of two segments that do not cross, and their distance: {x, y, d}. */
    static double[] closest(double ax1, double ay1, double ax2, double ay2, double bx1, double by1, double bx2,
            double by2) {
        double[] best = null;
        double[][] ends = {{ax1, ay1, bx1, by1, bx2, by2}, {ax2, ay2, bx1, by1, bx2, by2},
            {bx1, by1, ax1, ay1, ax2, ay2}, {bx2, by2, ax1, ay1, ax2, ay2}};
        for (double[] e : ends) {
            double[] foot = foot(e[0], e[1], e[2], e[3], e[4], e[5]);
            double d = Math.hypot(foot[0] - e[0], foot[1] - e[1]);
            if (best == null || d < best[2]) {
                best = new double[] {(foot[0] + e[0]) / 2, (foot[1] + e[1]) / 2, d};
            }
        }
        return best;
    }

    /** The point of segment (x1, y1)-(x2, y2) nearest to (px, py). */
    static double[] foot(double px, double py, double x1, double y1, double x2, double y2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double lengthSquared = dx * dx + dy * dy;
        double t = lengthSquared == 0 ? 0 : ((px - x1) * dx + (py - y1) * dy) / lengthSquared;
        t = Math.max(0, Math.min(1, t));
        return new double[] {x1 + t * dx, y1 + t * dy};
    }

    /** The point of the lines nearest to their length-weighted centre: "the middle of the street". */
    static double[] middle(double[] s) {
        double sx = 0;
        double sy = 0;
        double total = 0;
        for (int i = 0; i < s.length; i += 4) {
            double length = Math.hypot(s[i + 2] - s[i], s[i + 3] - s[i + 1]);
            sx += (s[i] + s[i + 2]) / 2 * length;
            sy += (s[i + 1] + s[i + 3]) / 2 * length;
            total += length;
        }
        double cx = total == 0 ? s[0] : sx / total;
        double cy = total == 0 ? s[1] : sy / total;
        double[] best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < s.length; i += 4) {
            double[] foot = foot(cx, cy, s[i], s[i + 1], s[i + 2], s[i + 3]);
            double d = Math.hypot(foot[0] - cx, foot[1] - cy);
            if (d < bestDistance) {
                bestDistance = d;
                best = foot;
            }
        }
        return best;
    }
}
