package org.contrechamp.core.area.render;

/**
 * A polyline in image pixels that a label can follow: lengths along it, the point and direction at
 * any distance, and how much it bends over a stretch (text on a sharp bend is unreadable).
 */
final class LabelPath {

    private final double[] xs;
    private final double[] ys;
    private final double[] along;

    LabelPath(double[] xs, double[] ys) {
        this.xs = xs;
        this.ys = ys;
        this.along = new double[xs.length];
        for (int i = 1; i < xs.length; i++) {
            along[i] = along[i - 1] + Math.hypot(xs[i] - xs[i - 1], ys[i] - ys[i - 1]);
        }
    }

    double length() {
        return along[along.length - 1];
    }

    LabelPath reversed() {
        int n = xs.length;
        double[] rx = new double[n];
        double[] ry = new double[n];
        for (int i = 0; i < n; i++) {
            rx[i] = xs[n - 1 - i];
            ry[i] = ys[n - 1 - i];
        }
        return new LabelPath(rx, ry);
    }

    private int segmentAt(double distance) {
        int low = 0;
        int high = along.length - 2;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (along[mid] <= distance) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return Math.max(0, low);
    }

    /** {x, y, angle in radians} at a distance along the path. */
    double[] at(double distance) {
        int i = segmentAt(distance);
        double segment = along[i + 1] - along[i];
        double t = segment == 0 ? 0 : (distance - along[i]) / segment;
        double dx = xs[i + 1] - xs[i];
        double dy = ys[i + 1] - ys[i];
        return new double[] {xs[i] + t * dx, ys[i] + t * dy, Math.atan2(dy, dx)};
    }

    /** Whether the stretch from {@code from} to {@code to} runs mostly right to left (text would be upside down). */
    boolean leftward(double from, double to) {
        double[] a = at(from);
        double[] b = at(to);
        return b[0] < a[0];
    }

    /** The largest turn between consecutive segments within a stretch, in radians. */
    double maxBend(double from, double to) {
        int first = segmentAt(from);
        int last = segmentAt(to);
        double worst = 0;
        for (int i = first; i < last; i++) {
            double a1 = Math.atan2(ys[i + 1] - ys[i], xs[i + 1] - xs[i]);
            double a2 = Math.atan2(ys[i + 2] - ys[i + 1], xs[i + 2] - xs[i + 1]);
            double turn = Math.abs(Math.IEEEremainder(a2 - a1, 2 * Math.PI));
            worst = Math.max(worst, turn);
        }
        return worst;
    }
}
