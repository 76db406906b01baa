package org.contrechamp.core.area.render;

import java.awt.image.BufferedImage;
import java.util.Optional;

import org.contrechamp.core.area.AreaRepository;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.map.TileSource;

/**
 * The drawn basemap as a {@link TileSource}: tiles rendered from the current area on the calling
 * thread (never the FX thread) and kept in a memory cache. Rendered tiles are returned as they are
 * cached: callers must not draw on them. The id follows the area, so caches outside (the map view's)
 * can key on it too.
 */
public final class AreaTileSource implements TileSource {

    /** About 190 tiles of 512 px or 760 of 256 px. */
    private static final long DEFAULT_CACHE_BYTES = 192L * 1024 * 1024;

    private final AreaRepository repository;
    private final AreaRenderer renderer;
    private final TileCache cache;

    public AreaTileSource(AreaRepository repository) {
        this(repository, DEFAULT_CACHE_BYTES);
    }

    public AreaTileSource(AreaRepository repository, long cacheBytes) {
        this.repository = repository;
        this.renderer = new AreaRenderer(repository);
        this.cache = new TileCache(cacheBytes);
    }

    @Override
    public String id() {
        return "area:" + repository.summary().map(AreaSummary::id).orElse("none");
    }

    @Override
    public String attribution() {
        return AreaRenderer.ATTRIBUTION;
    }

    @Override
    public int minZoom() {
        return AreaRenderer.MIN_ZOOM;
    }

    @Override
    public int maxZoom() {
        return AreaRenderer.MAX_ZOOM;
    }

    @Override
    public Optional<BufferedImage> tile(int zoom, long x, long y, int scale) {
        Optional<AreaSummary> area = repository.summary();
        if (area.isEmpty() || scale < 1 || scale > 4) {
            return Optional.empty();
        }
        String key = TileCache.key(area.get().id(), zoom, x, y, scale);
        BufferedImage cached = cache.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<BufferedImage> drawn = renderer.tile(zoom, x, y, scale);
        drawn.ifPresent(tile -> cache.put(key, tile));
        return drawn;
    }

    /** Drops every cached tile (after an import, to free the memory at once). */
    public void clearCache() {
        cache.clear();
    }

    public AreaRenderer renderer() {
        return renderer;
    }
}
