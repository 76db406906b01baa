package org.contrechamp.ui.map;

import java.awt.image.BufferedImage;
import java.lang.ref.WeakReference;
import java.nio.IntBuffer;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

import org.contrechamp.core.map.TileSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The map's tiles for the whole application. Gluon Maps keeps the first TileRetriever it finds for
 * the life of the JVM, so {@link OfflineTileRetriever} (the one it finds) delegates here, and the
 * source can change at run time: placeholder grid, drawn area, MBTiles.
 *
 * <p>Tiles are drawn on two background threads. Every tile handed to Gluon is a {@link WritableImage}
 * that stays registered (weakly): when the source changes, the tiles on screen are redrawn in place,
 * so the map switches basemap without being rebuilt. Where the source has nothing (outside the area,
 * beyond its zooms) the placeholder grid is drawn.
 */
public final class MapTiles {

    private static final Logger LOG = LoggerFactory.getLogger(MapTiles.class);

    /** A tile on screen: where it is, at which pixel scale. */
    private record Key(int zoom, long x, long y, int scale) {
    }

    private static volatile TileSource source;
    private static volatile TileSource fallback;
    private static final AtomicInteger SCALE = new AtomicInteger(1);
    private static final Map<Key, WeakReference<WritableImage>> LIVE = new ConcurrentHashMap<>();
    private static final ExecutorService DRAWERS = Executors.newFixedThreadPool(2, r -> {
        Thread t = new Thread(r, "contrechamp-tiles");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    private MapTiles() {
    }

    /**
     * Draws tiles from {@code main}, and from {@code whereMainHasNothing} outside it. Tiles on screen
     * are redrawn from the new source.
     */
    public static void use(TileSource main, TileSource whereMainHasNothing) {
        source = Objects.requireNonNull(main);
        fallback = Objects.requireNonNull(whereMainHasNothing);
        LIVE.entrySet().removeIf(e -> e.getValue().get() == null);
        for (Map.Entry<Key, WeakReference<WritableImage>> live : LIVE.entrySet()) {
            WritableImage image = live.getValue().get();
            if (image != null) {
                DRAWERS.execute(() -> redraw(live.getKey(), image, main));
            }
        }
    }

    public static TileSource current() {
        return source;
    }

    /** The output scale of the screen (2 on HiDPI), so tiles are drawn sharp. */
    public static void useScale(int scale) {
        SCALE.set(Math.max(1, Math.min(3, scale)));
    }

    /** Called by Gluon on the FX thread: the tile comes later, drawn in the background. */
    static CompletableFuture<Image> load(int zoom, long x, long y) {
        TileSource main = source;
        if (main == null) {
            return CompletableFuture.completedFuture(null);
        }
        Key key = new Key(zoom, x, y, SCALE.get());
        return CompletableFuture.supplyAsync(() -> {
            TileSource from = main;
            int[] pixels = draw(key, from);
            while (source != from) {
                // The basemap changed while this tile was drawn: draw it again from the new one.
                from = source;
                pixels = draw(key, from);
            }
            WritableImage image = new WritableImage(256 * key.scale(), 256 * key.scale());
            write(image, pixels);
            LIVE.put(key, new WeakReference<>(image));
            return (Image) image;
        }, DRAWERS);
    }

    private static void redraw(Key key, WritableImage image, TileSource from) {
        int[] pixels = draw(key, from);
        Platform.runLater(() -> {
            if (source == from) {
                write(image, pixels);
            }
        });
    }

    private static int[] draw(Key key, TileSource main) {
        int size = 256 * key.scale();
        BufferedImage drawn = tile(main, key).or(() -> tile(fallback, key)).orElse(null);
        if (drawn == null || drawn.getWidth() != size || drawn.getHeight() != size) {
            return new int[size * size];
        }
        return drawn.getRGB(0, 0, size, size, null, 0, size);
    }

    private static Optional<BufferedImage> tile(TileSource from, Key key) {
        if (from == null || key.zoom() < from.minZoom() || key.zoom() > from.maxZoom()) {
            return Optional.empty();
        }
        try {
            return from.tile(key.zoom(), key.x(), key.y(), key.scale());
        } catch (RuntimeException e) {
            // A tile that cannot be drawn must not break the map: the placeholder shows instead.
            LOG.warn("tile {}/{}/{} could not be drawn", key.zoom(), key.x(), key.y(), e);
            return Optional.empty();
        }
    }

    private static void write(WritableImage image, int[] argb) {
        int size = (int) image.getWidth();
        image.getPixelWriter().setPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), IntBuffer.wrap(argb), size);
    }
}
