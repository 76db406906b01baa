package org.contrechamp.core.area.render;

import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.geo.BoundingBox;

/**
 * A rectangle of the web-mercator world at some zoom, in pixels: what one tile or one rendered image
 * shows. {@code scale} multiplies the pixel density (2 for HiDPI screens and print), so that lines
 * and text keep their size relative to the map at every scale.
 *
 * @param zoom  web-mercator zoom, may be fractional for images fitted to a box
 * @param left  world pixel x of the image's left edge (world = 256 × scale × 2^zoom pixels wide)
 * @param top   world pixel y of the image's top edge
 */
public final class Viewport {

    private static final double MAX_LAT = 85.05112878;

    private final double zoom;
    private final double left;
    private final double top;
    private final int width;
    private final int height;
    private final int scale;
    private final double worldSize;

    public Viewport(double zoom, double left, double top, int width, int height, int scale) {
        if (width <= 0 || height <= 0 || scale <= 0) {
            throw new IllegalArgumentException("an image has a positive size");
        }
        this.zoom = zoom;
        this.left = left;
        this.top = top;
        this.width = width;
        this.height = height;
        this.scale = scale;
        this.worldSize = 256.0 * scale * Math.pow(2, zoom);
    }

    public double zoom() {
        return zoom;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int scale() {
        return scale;
    }

    /** The tile z/x/y (x east, y south), {@code 256 × scale} pixels square. */
    public static Viewport forTile(int zoom, long x, long y, int scale) {
        int size = 256 * scale;
        return new Viewport(zoom, (double) x * size, (double) y * size, size, size, scale);
    }

    /** The smallest view of {@code width} × {@code height} pixels centred on the box that shows all of it. */
    public static Viewport forBox(BoundingBox box, int width, int height, int scale) {
        double worldAtZero = 256.0 * scale;
        double dx = (worldX(box.maxLon(), worldAtZero) - worldX(box.minLon(), worldAtZero));
        double dy = (worldY(box.minLat(), worldAtZero) - worldY(box.maxLat(), worldAtZero));
        double zoom = Math.min(Math.log(width / Math.max(dx, 1e-12)) / Math.log(2),
                Math.log(height / Math.max(dy, 1e-12)) / Math.log(2));
        zoom = Math.min(zoom, 22);
        double world = worldAtZero * Math.pow(2, zoom);
        double centreX = worldX(box.centreLon(), world);
        double centreY = (worldY(box.minLat(), world) + worldY(box.maxLat(), world)) / 2;
        return new Viewport(zoom, centreX - width / 2.0, centreY - height / 2.0, width, height, scale);
    }

    public double worldSize() {
        return worldSize;
    }

    static double worldX(double lon, double world) {
        return (lon + 180) / 360 * world;
    }

    static double worldY(double lat, double world) {
        double clamped = Math.max(-MAX_LAT, Math.min(MAX_LAT, lat));
        double radians = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2 * world;
    }

    /** Image x of a longitude in E7. */
    public double x(int lonE7) {
        return worldX(lonE7 / Geometry.E7, worldSize) - left;
    }

    /** Image y of a latitude in E7. */
    public double y(int latE7) {
        return worldY(latE7 / Geometry.E7, worldSize) - top;
    }

    public double lon(double imageX) {
        return (imageX + left) / worldSize() * 360 - 180;
    }

    public double lat(double imageY) {
        double n = Math.PI * (1 - 2 * (imageY + top) / worldSize());
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** The geographic box of the image, widened by {@code margin} pixels on every side. */
    public BoundingBox bounds(double margin) {
        return new BoundingBox(lon(-margin), lat(height + margin), lon(width + margin), lat(-margin));
    }

    /** Metres on the ground per image pixel at the centre (for sizes given in metres). */
    public double metresPerPixel() {
        double lat = Math.toRadians(lat(height / 2.0));
        return 40_075_016.686 * Math.cos(lat) / worldSize();
    }
}
