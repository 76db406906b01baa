package org.contrechamp.core.geo;

/**
 * A latitude/longitude rectangle in WGS84 degrees. Boxes that cross the antimeridian are not
 * supported: a neighbourhood never does.
 */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public BoundingBox {
        if (!(minLon <= maxLon && minLat <= maxLat)) {
            throw new IllegalArgumentException("empty box: " + minLon + "," + minLat + "," + maxLon + "," + maxLat);
        }
    }

    public boolean contains(double lat, double lon) {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }

    public double centreLat() {
        return (minLat + maxLat) / 2;
    }

    public double centreLon() {
        return (minLon + maxLon) / 2;
    }

    /**
     * How far a point lies from the box: zero inside, else the distance to the nearest point of its
     * edge (the point clamped into the box; close enough for "800 km from the area").
     */
    public double distanceMeters(double lat, double lon) {
        if (contains(lat, lon)) {
            return 0;
        }
        double nearestLat = Math.max(minLat, Math.min(maxLat, lat));
        double nearestLon = Math.max(minLon, Math.min(maxLon, lon));
        return GeoMath.distanceMeters(lat, lon, nearestLat, nearestLon);
    }

    /** A box around a point, {@code meters} from it in every direction. */
    public static BoundingBox around(double lat, double lon, double meters) {
        double dLat = Math.toDegrees(meters / GeoMath.EARTH_RADIUS_M);
        double dLon = dLat / Math.max(Math.cos(Math.toRadians(lat)), 1e-6);
        return new BoundingBox(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
    }
}
