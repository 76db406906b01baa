package org.contrechamp.core.declared;

import org.contrechamp.core.geo.GeoMath;

/** A WGS84 point in degrees. */
public record GeoPoint(double lat, double lon) {

    public double distanceTo(GeoPoint other) {
        return GeoMath.distanceMeters(lat, lon, other.lat, other.lon);
    }
}
