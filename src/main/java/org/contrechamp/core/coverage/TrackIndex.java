package org.contrechamp.core.coverage;

import java.util.List;

import org.contrechamp.core.area.geom.LocalProjection;
import org.contrechamp.core.track.TrackPoints;

/**
 * The kept tracks as points every few metres on the area's flat map, each with the direction walked
 * there (read over {@link CoverageRules#HEADING_SPAN_M}, not from one noisy fix to the next).
 */
final class TrackIndex {

    private final float[] xs;
    private final float[] ys;
    /** Unit vector of the direction walked at each point; NaN where it is unknown (standing still). */
    private final float[] ux;
    private final float[] uy;

    TrackIndex(List<TrackPoints> tracks, LocalProjection projection) {
        FloatList x = new FloatList();
        FloatList y = new FloatList();
        FloatList dx = new FloatList();
        FloatList dy = new FloatList();
        for (TrackPoints t : tracks) {
            int n = t.size();
            double[] px = new double[n];
            double[] py = new double[n];
            for (int i = 0; i < n; i++) {
                px[i] = projection.x(t.lonE7(i));
                py[i] = projection.y(t.latE7(i));
            }
            for (int i = 0; i < n; i++) {
                if (joined(t, px, py, i)) {
                    double length = Math.hypot(px[i + 1] - px[i], py[i + 1] - py[i]);
                    double[] heading = heading(t, px, py, i);
                    int steps = Math.max(1, (int) Math.ceil(length / CoverageRules.STEP_M));
                    for (int s = 0; s < steps; s++) {
                        double f = (double) s / steps;
                        x.add((float) (px[i] + f * (px[i + 1] - px[i])));
                        y.add((float) (py[i] + f * (py[i + 1] - py[i])));
                        dx.add((float) heading[0]);
                        dy.add((float) heading[1]);
                    }
                } else {
                    // the last fix, or one before a gap: a point of its own, direction unknown
                    x.add((float) px[i]);
                    y.add((float) py[i]);
                    dx.add(Float.NaN);
                    dy.add(Float.NaN);
                }
            }
        }
        xs = x.toArray();
        ys = y.toArray();
        ux = dx.toArray();
        uy = dy.toArray();
    }

    int size() {
        return xs.length;
    }

    float x(int i) {
        return xs[i];
    }

    float y(int i) {
        return ys[i];
    }

    /** The direction walked at point {@code i}, a unit vector; NaN when unknown. */
    float ux(int i) {
        return ux[i];
    }

    float uy(int i) {
        return uy[i];
    }

    /** Whether fix {@code i} and the next are near enough, in time and place, to have been walked between. */
    private static boolean joined(TrackPoints t, double[] px, double[] py, int i) {
        return i + 1 < t.size() && t.time(i + 1) - t.time(i) <= CoverageRules.JOIN_SECONDS
                && Math.hypot(px[i + 1] - px[i], py[i + 1] - py[i]) <= CoverageRules.JOIN_M;
    }

    /**
     * The direction walked from fix {@code i} to the next, as a unit vector. Two fixes a second apart
     * are 1.4 m apart and each a few metres off, so their own direction is mostly noise: the chord
     * over the joined fixes around them, grown on both sides until it spans
     * {@link CoverageRules#HEADING_SPAN_M}, says where the walker was going. NaN when even that
     * chord is too short (standing still).
     */
    private static double[] heading(TrackPoints t, double[] px, double[] py, int i) {
        int a = i;
        int b = i + 1;
        while (Math.hypot(px[b] - px[a], py[b] - py[a]) < CoverageRules.HEADING_SPAN_M) {
            boolean back = a > 0 && joined(t, px, py, a - 1);
            boolean ahead = joined(t, px, py, b);
            if (!back && !ahead) {
                break;
            }
            if (back) {
                a--;
            }
            if (ahead) {
                b++;
            }
        }
        double length = Math.hypot(px[b] - px[a], py[b] - py[a]);
        if (length < CoverageRules.MIN_HEADING_M) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {(px[b] - px[a]) / length, (py[b] - py[a]) / length};
    }

    /** A growable array of floats, so that a few hundred thousand points cost no boxing. */
    static final class FloatList {
        private float[] values = new float[1024];
        private int size;

        float get(int i) {
            return values[i];
        }

        void add(float v) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
