package org.contrechamp.core.area.render;

import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used rendered tiles, up to a memory budget (pixels × 4 bytes), least recently
 * used dropped first. Keys carry the area's id, so tiles of a replaced area are never served; they
 * age out. Thread-safe.
 */
final class TileCache {

    private final long budgetBytes;
    private final LinkedHashMap<String, BufferedImage> tiles = new LinkedHashMap<>(256, 0.75f, true);
    private long usedBytes;

    TileCache(long budgetBytes) {
        this.budgetBytes = budgetBytes;
    }

    static String key(String areaId, int zoom, long x, long y, int scale) {
        return areaId + '/' + zoom + '/' + x + '/' + y + '@' + scale;
    }

    synchronized BufferedImage get(String key) {
        return tiles.get(key);
    }

    synchronized void put(String key, BufferedImage tile) {
        BufferedImage previous = tiles.put(key, tile);
        if (previous != null) {
            usedBytes -= bytes(previous);
        }
        usedBytes += bytes(tile);
        Iterator<Map.Entry<String, BufferedImage>> oldest = tiles.entrySet().iterator();
        while (usedBytes > budgetBytes && oldest.hasNext()) {
            Map.Entry<String, BufferedImage> entry = oldest.next();
            usedBytes -= bytes(entry.getValue());
            oldest.remove();
        }
    }

    synchronized void clear() {
        tiles.clear();
        usedBytes = 0;
    }

    synchronized int size() {
        return tiles.size();
    }

    private static long bytes(BufferedImage image) {
        return 4L * image.getWidth() * image.getHeight();
    }
}
