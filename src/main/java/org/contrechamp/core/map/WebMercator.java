package org.contrechamp.core.map;

/**
 * The web-mercator projection of map tiles, in "world" units: x and y from 0 to 1 across the world
 * (x eastwards from longitude -180, y southwards from latitude ~85.05). At zoom z the world is
 * {@code 256 * 2^z} pixels wide.
 */
public final class WebMercator {

    /** The sphere web mercator is defined on: WGS84's equatorial radius, in metres. */
    public static final double EQUATORIAL_RADIUS_M = 6_378_137.0;

    /** The latitude where the square world ends. */
    public static final double MAX_LATITUDE = 85.05112877980659;

    private WebMercator() {
    }

    public static double x(double longitude) {
        return (longitude + 180.0) / 360.0;
    }

    public static double y(double latitude) {
        double lat = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, latitude));
        double phi = Math.toRadians(lat);
        return (1.0 - Math.log(Math.tan(phi) + 1.0 / Math.cos(phi)) / Math.PI) / 2.0;
    }

    public static double longitude(double x) {
        return x * 360.0 - 180.0;
    }

    public static double latitude(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1.0 - 2.0 * y))));
    }

    /** The world's width in pixels at a (possibly fractional) zoom. */
    public static double worldPixels(double zoom) {
        return 256.0 * Math.pow(2.0, zoom);
    }

    /** Ground metres per screen pixel at a latitude and zoom. */
    public static double metersPerPixel(double latitude, double zoom) {
        return Math.cos(Math.toRadians(latitude)) * 2.0 * Math.PI * EQUATORIAL_RADIUS_M / worldPixels(zoom);
    }
}
