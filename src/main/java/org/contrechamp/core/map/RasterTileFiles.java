package org.contrechamp.core.map;

import java.nio.file.Path;

/**
 * Opens raster tile files. An unusable file (not SQLite, damaged, no tiles table, vector tiles) is
 * a {@link org.contrechamp.core.common.InvalidInputException} naming the file and saying why.
 */
@FunctionalInterface
public interface RasterTileFiles {

    RasterTiles open(Path file);
}
