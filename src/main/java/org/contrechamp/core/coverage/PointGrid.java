package org.contrechamp.core.coverage;

import java.util.Arrays;

/**
 * Points on a flat map in metres, found by neighbourhood instead of by trying every pair: each point
 * falls in a square cell of {@code cellMeters}; the cells are kept sorted by number, so that the points
 * of a cell are one slice of the arrays. A query looks at the few cells around it only. Built once,
 * immutable, thread-safe.
 */
final class PointGrid {

    /** Cell numbers are kept within 2^19 per axis (10,000 km at 20 m): far more than any area. */
    private static final int AXIS_BITS = 19;
    private static final long AXIS_OFFSET = 1L << (AXIS_BITS - 1);
    private static final int INDEX_BITS = 25;

    private final double cell;
    private final float[] xs;
    private final float[] ys;
    /** The original index of each point, in cell order. */
    private final int[] ids;
    /** The distinct cell numbers, sorted, and where each one's points start in the arrays. */
    private final long[] cells;
    private final int[] starts;

    /** Receives a point found near a query: its index as given to the constructor, and its distance. */
    @FunctionalInterface
    interface Visitor {
        /** @return false to stop the search */
        boolean visit(int id, double distance);
    }

    PointGrid(float[] x, float[] y, double cellMeters) {
        if (x.length != y.length || x.length >= 1 << INDEX_BITS) {
            throw new IllegalArgumentException("too many points, or x and y do not match");
        }
        this.cell = cellMeters;
        int n = x.length;
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            packed[i] = (cellOf(x[i], y[i]) << INDEX_BITS) | i;
        }
        Arrays.sort(packed);
        xs = new float[n];
        ys = new float[n];
        ids = new int[n];
        long[] cellList = new long[n];
        int[] startList = new int[n + 1];
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            int i = (int) (packed[k] & ((1 << INDEX_BITS) - 1));
            long c = packed[k] >>> INDEX_BITS;
            xs[k] = x[i];
            ys[k] = y[i];
            ids[k] = i;
            if (distinct == 0 || cellList[distinct - 1] != c) {
                cellList[distinct] = c;
                startList[distinct] = k;
                distinct++;
            }
        }
        startList[distinct] = n;
        cells = Arrays.copyOf(cellList, distinct);
        starts = Arrays.copyOf(startList, distinct + 1);
    }

    int size() {
        return xs.length;
    }

    private long cellOf(double x, double y) {
        return cellNumber(axis(x), axis(y));
    }

    private long axis(double v) {
        long a = (long) Math.floor(v / cell) + AXIS_OFFSET;
        return Math.max(0, Math.min((1L << AXIS_BITS) - 1, a));
    }

    private static long cellNumber(long ax, long ay) {
        return (ax << AXIS_BITS) | ay;
    }

    /** Visits every point within {@code radius} of (x, y), cell by cell, until the visitor says stop. */
    void near(double x, double y, double radius, Visitor visitor) {
        long x0 = axis(x - radius);
        long x1 = axis(x + radius);
        long y0 = axis(y - radius);
        long y1 = axis(y + radius);
        double r2 = radius * radius;
        for (long ax = x0; ax <= x1; ax++) {
            for (long ay = y0; ay <= y1; ay++) {
                int at = Arrays.binarySearch(cells, cellNumber(ax, ay));
                if (at < 0) {
                    continue;
                }
                for (int k = starts[at]; k < starts[at + 1]; k++) {
                    double dx = xs[k] - x;
                    double dy = ys[k] - y;
                    double d2 = dx * dx + dy * dy;
                    if (d2 <= r2 && !visitor.visit(ids[k], Math.sqrt(d2))) {
                        return;
                    }
                }
            }
        }
    }
}
