package org.contrechamp.core.photo.gpx;

import java.util.List;

/**
 * Places a moment on a GPS track the way exiftool's {@code -geotag} does, so that users who know
 * exiftool get the same answers: between the two fixes around the time, linear interpolation of
 * latitude, longitude (across the antimeridian the short way) and altitude; when those two fixes
 * are more than {@code maxSeconds} apart (a gap: tunnel, phone off), the nearer fix if it is within
 * {@code maxSeconds}, else a refusal; before the first fix or after the last, that fix if within
 * {@code maxSeconds}, else a refusal. exiftool's default limit is 1800 s (GeoMaxIntSecs and
 * GeoMaxExtSecs).
 */
public final class TrackCorrelator {

    /** exiftool's default for both GeoMaxIntSecs and GeoMaxExtSecs. */
    public static final double DEFAULT_MAX_SECONDS = 1800;

    private final List<TrackPoint> points;
    private final double maxSeconds;

    public TrackCorrelator(GpsTrack track, double maxSeconds) {
        this.points = track.points();
        this.maxSeconds = maxSeconds;
    }

    public TrackCorrelator(GpsTrack track) {
        this(track, DEFAULT_MAX_SECONDS);
    }

    /** Where the track was at a UTC time (seconds since 1970). */
    public TrackFix locate(double time) {
        if (points.isEmpty()) {
            return TrackFix.refused(TrackFix.Refusal.EMPTY_TRACK, 0);
        }
        TrackPoint first = points.get(0);
        TrackPoint last = points.get(points.size() - 1);
        if (time < first.epochSeconds()) {
            double gap = first.epochSeconds() - time;
            return gap > maxSeconds ? TrackFix.refused(TrackFix.Refusal.BEFORE_TRACK, gap) : TrackFix.at(first, gap);
        }
        if (time > last.epochSeconds()) {
            double gap = time - last.epochSeconds();
            return gap > maxSeconds ? TrackFix.refused(TrackFix.Refusal.AFTER_TRACK, gap) : TrackFix.at(last, gap);
        }
        int i0 = 0;
        int i1 = points.size() - 1;
        while (i1 > i0 + 1) {
            int mid = (i0 + i1) >>> 1;
            if (time < points.get(mid).epochSeconds()) {
                i1 = mid;
            } else {
                i0 = mid;
            }
        }
        TrackPoint p0 = points.get(i0);
        TrackPoint p1 = points.get(i1);
        double t0 = p0.epochSeconds();
        double t1 = p1.epochSeconds();
        if (t1 - t0 > maxSeconds) {
            boolean earlier = time - t0 < t1 - time;
            TrackPoint nearest = earlier ? p0 : p1;
            double gap = Math.abs(time - nearest.epochSeconds());
            return gap > maxSeconds ? TrackFix.refused(TrackFix.Refusal.GAP, gap) : TrackFix.at(nearest, gap);
        }
        double f = t1 == t0 ? 0 : (time - t0) / (t1 - t0);
        double lat = p1.latitude() * f + p0.latitude() * (1 - f);
        double lon = interpolateLongitude(p0.longitude(), p1.longitude(), f);
        return new TrackFix(lat, lon, altitude(i0, i1, time), Math.min(time - t0, t1 - time), null);
    }

    /** Longitude the short way round: across the antimeridian, not across the whole world. */
    private static double interpolateLongitude(double v0, double v1, double f) {
        if (Math.abs(v1 - v0) > 180) {
            if (v0 < v1) {
                v0 += 360;
            } else {
                v1 += 360;
            }
            double v = v1 * f + v0 * (1 - f);
            return v >= 180 ? v - 360 : v;
        }
        return v1 * f + v0 * (1 - f);
    }

    /**
     * Altitude interpolated like the position; where a bracketing fix lacks one, the nearest fixes
     * with an altitude on each side within the time limit stand in (as exiftool scans outwards).
     */
    private Double altitude(int i0, int i1, double time) {
        int a = i0;
        while (a >= 0 && points.get(a).altitude() == null
                && points.get(i0).epochSeconds() - points.get(a).epochSeconds() <= maxSeconds) {
            a--;
        }
        int b = i1;
        while (b < points.size() && points.get(b).altitude() == null
                && points.get(b).epochSeconds() - points.get(i1).epochSeconds() <= maxSeconds) {
            b++;
        }
        if (a < 0 || b >= points.size() || points.get(a).altitude() == null || points.get(b).altitude() == null) {
            return null;
        }
        TrackPoint pa = points.get(a);
        TrackPoint pb = points.get(b);
        double span = pb.epochSeconds() - pa.epochSeconds();
        double f = span == 0 ? 0 : (time - pa.epochSeconds()) / span;
        return pb.altitude() * f + pa.altitude() * (1 - f);
    }
}
