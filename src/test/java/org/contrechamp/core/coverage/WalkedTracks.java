package org.contrechamp.core.coverage;

import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.geo.GeoMath;
import org.contrechamp.core.photo.gpx.TrackPoint;

/**
 * GPS tracks made to order for coverage tests: a walk at 1.4 m/s, one fix a second, from point to
 * point, a few metres to one side of the line (a pavement) and wobbling as a phone's fixes do.
 */
public final class WalkedTracks {

    private final List<TrackPoint> points = new ArrayList<>();
    private double time;
    private double sideMeters;
    private double wobbleMeters = 3;

    private WalkedTracks(double startSeconds) {
        this.time = startSeconds;
    }

    public static WalkedTracks startingAt(double epochSeconds) {
        return new WalkedTracks(epochSeconds);
    }

    /** Metres to the right of the line walked (a pavement); 0 on it. */
    public WalkedTracks side(double meters) {
        sideMeters = meters;
        return this;
    }

    public WalkedTracks wobble(double meters) {
        wobbleMeters = meters;
        return this;
    }

    /** Walks in a straight line from one point to the other, one fix a second. */
    public WalkedTracks walk(double lat0, double lon0, double lat1, double lon1) {
        double length = GeoMath.distanceMeters(lat0, lon0, lat1, lon1);
        int steps = Math.max(1, (int) Math.round(length / 1.4));
        double metresPerLat = Math.toRadians(1) * GeoMath.EARTH_RADIUS_M;
        double metresPerLon = metresPerLat * Math.cos(Math.toRadians(lat0));
        // unit vector to the right of the direction walked, in degrees per metre
        double east = (lon1 - lon0) * metresPerLon / length;
        double north = (lat1 - lat0) * metresPerLat / length;
        for (int i = 0; i <= steps; i++) {
            double f = (double) i / steps;
            // a wobble that repeats every 7 fixes: deterministic, and not in step with anything
            double wobble = wobbleMeters * Math.sin(i * 2 * Math.PI / 7);
            double offset = sideMeters + wobble;
            double lat = lat0 + f * (lat1 - lat0) - east * offset / metresPerLat;
            double lon = lon0 + f * (lon1 - lon0) + north * offset / metresPerLon;
            points.add(new TrackPoint(time, lat, lon, null));
            time += 1;
        }
        return this;
    }

    /** The phone is off for a while: the next fix comes that much later. */
    public WalkedTracks pause(double seconds) {
        time += seconds;
        return this;
    }

    public List<TrackPoint> points() {
        return List.copyOf(points);
    }

    /** The track as a GPX 1.1 file's text. */
    public String gpx() {
        StringBuilder s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\"><trk><trkseg>\n");
        for (TrackPoint p : points) {
            s.append(String.format(java.util.Locale.ROOT, "<trkpt lat=\"%.7f\" lon=\"%.7f\"><time>%s</time></trkpt>%n",
                    p.latitude(), p.longitude(), java.time.Instant.ofEpochMilli(Math.round(p.epochSeconds() * 1000))));
        }
        return s.append("</trkseg></trk></gpx>\n").toString();
    }
}
