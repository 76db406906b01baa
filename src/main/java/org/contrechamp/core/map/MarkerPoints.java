package org.contrechamp.core.map;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The positions of many markers in web-mercator world units, as two flat arrays: what the map layer
 * loops over every frame (100,000 points fit in 1.6 MB and are culled in well under a millisecond).
 * Built once per change of the list, not per frame.
 */
public final class MarkerPoints {

    private final double[] x;
    private final double[] y;

    private MarkerPoints(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    public static <T> MarkerPoints of(List<T> items, ToDoubleFunction<T> latitude, ToDoubleFunction<T> longitude) {
        double[] x = new double[items.size()];
        double[] y = new double[items.size()];
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            x[i] = WebMercator.x(longitude.applyAsDouble(item));
            y[i] = WebMercator.y(latitude.applyAsDouble(item));
        }
        return new MarkerPoints(x, y);
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }
}
