package org.contrechamp.core.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * What the map shows when no offline area or tiles are loaded: a calm neutral grid with a hint,
 * drawn locally. It exists so that the map never asks the internet for tiles on its own.
 */
public final class PlaceholderTileSource implements TileSource {

    private static final Color BACKGROUND = new Color(0xEE, 0xF0, 0xF2);
    private static final Color FINE_GRID = new Color(0xE0, 0xE3, 0xE7);
    private static final Color TILE_EDGE = new Color(0xD2, 0xD6, 0xDB);
    private static final Color TEXT = new Color(0x8A, 0x93, 0x9E);

    private final String hint;

    /** @param hint the line drawn on the grid, in the user's language ("No offline map loaded") */
    public PlaceholderTileSource(String hint) {
        this.hint = hint;
    }

    @Override
    public String id() {
        return "placeholder:" + hint.hashCode();
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
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, size, size);
            g.setColor(FINE_GRID);
            g.setStroke(new BasicStroke(scale));
            for (int i = 64 * scale; i < size; i += 64 * scale) {
                g.drawLine(i, 0, i, size);
                g.drawLine(0, i, size, i);
            }
            g.setColor(TILE_EDGE);
            g.drawRect(0, 0, size - 1, size - 1);
            // The hint on every other tile, so that some of it is always in view without clutter.
            if (((x + y) & 1) == 0) {
                g.setColor(TEXT);
                drawCentred(g, hint, new Font(Font.SANS_SERIF, Font.BOLD, 13 * scale), size, size / 2 + 4 * scale);
            }
        } finally {
            g.dispose();
        }
        return Optional.of(image);
    }

    private static void drawCentred(Graphics2D g, String text, Font font, int width, int baseline) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, (width - metrics.stringWidth(text)) / 2, baseline);
    }
}
