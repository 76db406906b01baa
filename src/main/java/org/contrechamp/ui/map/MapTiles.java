package org.contrechamp.ui.map;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.image.Image;

import org.contrechamp.core.map.TileSource;

/**
 * The map's tiles for the whole application. Gluon Maps keeps the first TileRetriever it finds for
 * the life of the JVM, so {@link OfflineTileRetriever} (the one it finds) delegates here, and the
 * source can change at run time (placeholder, drawn area, MBTiles). Tiles are drawn on two
 * background threads and kept in a small LRU cache keyed by source id and z/x/y.
 */
public final class MapTiles {

    private static final int CACHE_SIZE = 768;
    private static final AtomicReference<TileSource> SOURCE = new AtomicReference<>();
    private static final AtomicInteger SCALE = new AtomicInteger(1);
    private static final Map<String, Image> CACHE = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private static final ExecutorService DRAWERS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "contrechamp-tiles");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    private MapTiles() {
    }

    /** Sets where tiles come from from now on. Tiles already on screen stay until the map reloads them. */
    public static void use(TileSource source) {
        SOURCE.set(Objects.requireNonNull(source));
    }

    public static TileSource current() {
        return SOURCE.get();
    }

    /** The output scale of the screen (2 on HiDPI), so tiles are drawn sharp. */
    public static void useScale(int scale) {
        SCALE.set(Math.max(1, Math.min(3, scale)));
    }

    /** Called by Gluon on the FX thread: answers from the cache, or draws in the background. */
    static CompletableFuture<Image> load(int zoom, long x, long y) {
        TileSource source = SOURCE.get();
        if (source == null || zoom < source.minZoom() || zoom > source.maxZoom()) {
            return CompletableFuture.completedFuture(null);
        }
        int scale = SCALE.get();
        String key = source.id() + "/" + scale + "/" + zoom + "/" + x + "/" + y;
        synchronized (CACHE) {
            Image cached = CACHE.get(key);
            if (cached != null) {
                return CompletableFuture.completedFuture(cached);
            }
        }
        return CompletableFuture.supplyAsync(() -> source.tile(zoom, x, y, scale).map(FxImages::toFx).orElse(null),
                DRAWERS).thenApply(image -> {
                    if (image != null) {
                        synchronized (CACHE) {
                            CACHE.put(key, image);
                        }
                    }
                    return image;
                });
    }
}
