package org.contrechamp.core.map;

/**
 * What the screen shows of the world: {@code screen = (world - origin) * scale}, for a view of
 * {@code width x height} pixels.
 *
 * @param scale   pixels per world unit ({@link WebMercator#worldPixels(double)} at the zoom)
 * @param originX world x at the screen's left edge
 * @param originY world y at the screen's top edge
 */
public record Viewport(double scale, double originX, double originY, double width, double height, double zoom) {

    /** The view centred on a point at a zoom. */
    public static Viewport centredOn(double latitude, double longitude, double zoom, double width, double height) {
        double scale = WebMercator.worldPixels(zoom);
        return new Viewport(scale, WebMercator.x(longitude) - width / 2 / scale,
                WebMercator.y(latitude) - height / 2 / scale, width, height, zoom);
    }

    public double screenX(double worldX) {
        return (worldX - originX) * scale;
    }

    public double screenY(double worldY) {
        return (worldY - originY) * scale;
    }

    public double latitudeAt(double screenY) {
        return WebMercator.latitude(originY + screenY / scale);
    }

    public double longitudeAt(double screenX) {
        return WebMercator.longitude(originX + screenX / scale);
    }
}
