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

    /** A box around a point, {@code meters} from it in every direction. */
    public static BoundingBox around(double lat, double lon, double meters) {
        double dLat = Math.toDegrees(meters / GeoMath.EARTH_RADIUS_M);
        double dLon = dLat / Math.max(Math.cos(Math.toRadians(lat)), 1e-6);
        return new BoundingBox(lon - dLon, lat - dLat, lon + dLon, lat + dLat);
    }
}
