package org.contrechamp.core.track;

import java.util.List;

import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.photo.gpx.TrackPoint;

/**
 * The fixes of a kept track in the compact form coverage reads: times in seconds since 1970 UTC,
 * positions in 10⁻⁷ degree as OSM and the area store keep them. Oldest first. Immutable once made;
 * the arrays are not copied on the way out: do not modify them.
 */
public final class TrackPoints {

    private final double[] times;
    private final int[] latE7;
    private final int[] lonE7;

    public TrackPoints(double[] times, int[] latE7, int[] lonE7) {
        if (times.length != latE7.length || times.length != lonE7.length) {
            throw new IllegalArgumentException("as many times as positions");
        }
        this.times = times;
        this.latE7 = latE7;
        this.lonE7 = lonE7;
    }

    public static TrackPoints of(List<TrackPoint> points) {
        int n = points.size();
        double[] t = new double[n];
        int[] la = new int[n];
        int[] lo = new int[n];
        for (int i = 0; i < n; i++) {
            TrackPoint p = points.get(i);
            t[i] = p.epochSeconds();
            la[i] = Geometry.toE7(p.latitude());
            lo[i] = Geometry.toE7(p.longitude());
        }
        return new TrackPoints(t, la, lo);
    }

    public int size() {
        return times.length;
    }

    public double time(int i) {
        return times[i];
    }

    public int latE7(int i) {
        return latE7[i];
    }

    public int lonE7(int i) {
        return lonE7[i];
    }
}
