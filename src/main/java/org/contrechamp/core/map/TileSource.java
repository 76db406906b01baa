package org.contrechamp.core.map;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Where map tiles come from, in the usual web-mercator z/x/y scheme (x to the east, y to the south,
 * both from 0 at the north-west corner). The UI's tile retriever asks the current source for tiles
 * off the FX thread; inventories and {@code area render} use the same sources to draw maps.
 */
public interface TileSource {

    /** Changes whenever the tiles would change (another area, another file): a cache key. */
    String id();

    /** What the map must credit, e.g. "© OpenStreetMap contributors"; empty when nothing. */
    String attribution();

    int minZoom();

    int maxZoom();

    /**
     * The tile, {@code 256 * scale} pixels square ({@code scale} 2 on HiDPI screens), or empty when
     * this source has nothing there. May be slow (rendering, disk): never call it on the FX thread.
     */
    Optional<BufferedImage> tile(int zoom, long x, long y, int scale);
}
