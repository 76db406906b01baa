package org.contrechamp.core.area.render;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.Optional;

import org.contrechamp.core.map.TileSource;

/**
 * Beyond the tiles of the loaded area: the same plain grey the area's own tiles have past the edge of
 * its data, so that the area sits in an even frame. (A grid with a hint there made the frame look
 * lopsided, grey on one side and grid on the other, and cut the hint at the map's edge.)
 */
public final class OutsideTileSource implements TileSource {

    @Override
    public String id() {
        return "outside-area";
    }

    @Override
    public String attribution() {
        return "";
    }

    @Override
    public int minZoom() {
        return 0;
    }

    @Override
    public int maxZoom() {
        return 22;
    }

    @Override
    public Optional<BufferedImage> tile(int zoom, long x, long y, int scale) {
        int size = 256 * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(MapStyle.OUTSIDE);
            g.fillRect(0, 0, size, size);
        } finally {
            g.dispose();
        }
        return Optional.of(image);
    }
}
