package org.contrechamp.core.map;

import java.util.Arrays;

/**
 * Where to draw markers this frame: the points in view (plus a margin, so markers half off the edge
 * still show), gathered into clusters with counts when they would crowd each other. Clustering is
 * by screen grid (cells of {@code cellPixels}): one pass over the points, no allocation per point,
 * arrays reused from frame to frame. Singles keep their index into the {@link MarkerPoints}.
 *
 * <p>Not thread-safe: one instance per map layer, used on one thread.
 */
public final class MarkerLayout {

    private int singles;
    private int[] singleIndex = new int[256];
    private float[] singleX = new float[256];
    private float[] singleY = new float[256];

    private int clusters;
    private float[] clusterX = new float[64];
    private float[] clusterY = new float[64];
    private int[] clusterCount = new int[64];

    private int[] cellCount = new int[0];
    private int[] cellFirst = new int[0];
    private double[] cellSumX = new double[0];
    private double[] cellSumY = new double[0];

    /**
     * Lays out the points for one frame.
     *
     * @param cluster whether crowded points become clusters (at low zoom); when false every visible
     *                point is a single
     */
    public void layout(MarkerPoints points, Viewport view, double cellPixels, double marginPixels, boolean cluster) {
        layout(points, view, cellPixels, marginPixels, cluster, -1);
    }

    /**
     * As {@link #layout(MarkerPoints, Viewport, double, double, boolean)}, leaving out the point
     * {@code skip} (the selected one, which is drawn on its own and never hidden in a cluster).
     */
    public void layout(MarkerPoints points, Viewport view, double cellPixels, double marginPixels, boolean cluster,
            int skip) {
        singles = 0;
        clusters = 0;
        double minX = -marginPixels;
        double minY = -marginPixels;
        double maxX = view.width() + marginPixels;
        double maxY = view.height() + marginPixels;
        double scale = view.scale();
        double ox = view.originX();
        double oy = view.originY();
        int n = points.size();
        if (!cluster) {
            for (int i = 0; i < n; i++) {
                double sx = (points.x(i) - ox) * scale;
                double sy = (points.y(i) - oy) * scale;
                if (sx >= minX && sx <= maxX && sy >= minY && sy <= maxY && i != skip) {
                    addSingle(i, sx, sy);
                }
            }
            return;
        }
        int columns = (int) Math.ceil((maxX - minX) / cellPixels) + 1;
        int rows = (int) Math.ceil((maxY - minY) / cellPixels) + 1;
        prepareCells(columns * rows);
        for (int i = 0; i < n; i++) {
            double sx = (points.x(i) - ox) * scale;
            double sy = (points.y(i) - oy) * scale;
            if (sx >= minX && sx <= maxX && sy >= minY && sy <= maxY && i != skip) {
                int cell = (int) ((sy - minY) / cellPixels) * columns + (int) ((sx - minX) / cellPixels);
                if (cellCount[cell]++ == 0) {
                    cellFirst[cell] = i;
                }
                cellSumX[cell] += sx;
                cellSumY[cell] += sy;
            }
        }
        int cells = columns * rows;
        for (int cell = 0; cell < cells; cell++) {
            int count = cellCount[cell];
            if (count == 1) {
                addSingle(cellFirst[cell], cellSumX[cell], cellSumY[cell]);
            } else if (count > 1) {
                addCluster(cellSumX[cell] / count, cellSumY[cell] / count, count);
            }
        }
    }

    private void prepareCells(int cells) {
        if (cellCount.length < cells) {
            cellCount = new int[cells];
            cellFirst = new int[cells];
            cellSumX = new double[cells];
            cellSumY = new double[cells];
        } else {
            Arrays.fill(cellCount, 0, cells, 0);
            Arrays.fill(cellSumX, 0, cells, 0);
            Arrays.fill(cellSumY, 0, cells, 0);
        }
    }

    private void addSingle(int index, double sx, double sy) {
        if (singles == singleIndex.length) {
            singleIndex = Arrays.copyOf(singleIndex, singles * 2);
            singleX = Arrays.copyOf(singleX, singles * 2);
            singleY = Arrays.copyOf(singleY, singles * 2);
        }
        singleIndex[singles] = index;
        singleX[singles] = (float) sx;
        singleY[singles] = (float) sy;
        singles++;
    }

    private void addCluster(double sx, double sy, int count) {
        if (clusters == clusterX.length) {
            clusterX = Arrays.copyOf(clusterX, clusters * 2);
            clusterY = Arrays.copyOf(clusterY, clusters * 2);
            clusterCount = Arrays.copyOf(clusterCount, clusters * 2);
        }
        clusterX[clusters] = (float) sx;
        clusterY[clusters] = (float) sy;
        clusterCount[clusters] = count;
        clusters++;
    }

    public int singles() {
        return singles;
    }

    public int singleIndex(int k) {
        return singleIndex[k];
    }

    public float singleX(int k) {
        return singleX[k];
    }

    public float singleY(int k) {
        return singleY[k];
    }

    public int clusters() {
        return clusters;
    }

    public float clusterX(int k) {
        return clusterX[k];
    }

    public float clusterY(int k) {
        return clusterY[k];
    }

    public int clusterCount(int k) {
        return clusterCount[k];
    }

    /** The single nearest to a screen point within {@code radius} pixels, as an index into the points; -1 if none. */
    public int singleAt(double sx, double sy, double radius) {
        int best = -1;
        double bestDistance = radius * radius;
        for (int k = 0; k < singles; k++) {
            double dx = singleX[k] - sx;
            double dy = singleY[k] - sy;
            double d = dx * dx + dy * dy;
            if (d <= bestDistance) {
                bestDistance = d;
                best = singleIndex[k];
            }
        }
        return best;
    }

    /** The cluster under a screen point within {@code radius} pixels; -1 if none. */
    public int clusterAt(double sx, double sy, double radius) {
        for (int k = 0; k < clusters; k++) {
            double dx = clusterX[k] - sx;
            double dy = clusterY[k] - sy;
            if (dx * dx + dy * dy <= radius * radius) {
                return k;
            }
        }
        return -1;
    }
}
