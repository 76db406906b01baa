package org.contrechamp.ui.map;

import java.util.concurrent.CompletableFuture;

import javafx.scene.image.Image;

import com.gluonhq.maps.tile.TileRetriever;

/**
 * The tile retriever Gluon Maps finds through {@code META-INF/services}: it replaces Gluon's default,
 * which would download tiles from tile.openstreetmap.org. Contrechamp never calls the internet for
 * tiles; this asks {@link MapTiles} for locally drawn ones.
 */
public final class OfflineTileRetriever implements TileRetriever {

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long x, long y) {
        return MapTiles.load(zoom, x, y);
    }
}
