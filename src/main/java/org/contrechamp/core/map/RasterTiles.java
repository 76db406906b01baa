package org.contrechamp.core.map;

/**
 * A raster tile file opened as a {@link TileSource} (an MBTiles file): tiles and what the file says
 * about itself. Close it when done.
 */
public interface RasterTiles extends TileSource, AutoCloseable {

    RasterTilesInfo info();

    @Override
    void close();
}
