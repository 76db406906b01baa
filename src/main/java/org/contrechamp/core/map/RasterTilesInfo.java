package org.contrechamp.core.map;

import org.contrechamp.core.geo.BoundingBox;

/**
 * What a raster tile file says about itself, filled in from the tiles where its metadata is silent.
 *
 * @param name        the metadata name, else the file name
 * @param format      {@code png}, {@code jpg} or {@code webp} (from the metadata, else from the first tile's bytes)
 * @param attribution the credit to show, HTML removed; empty when the file gives none
 * @param bounds      from the metadata, else from the tiles' extent; may be {@code null}
 * @param tileCount   the number of tiles stored
 */
public record RasterTilesInfo(String file, String name, String description, String format, String attribution,
        int minZoom, int maxZoom, BoundingBox bounds, long tileCount) {
}
