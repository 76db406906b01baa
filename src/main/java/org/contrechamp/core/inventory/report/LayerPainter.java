package org.contrechamp.core.inventory.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.area.render.Viewport;

/**
 * Draws the {@link MapLayer}s of a report over a map already painted: each place a hollow square
 * (a white halo under it, so that it reads on any street colour), and the legend in the map's
 * lower-left corner.
 */
final class LayerPainter {

    private static final float LEGEND_LINE = 10f;

    private final List<MapLayer> layers;

    LayerPainter(List<MapLayer> layers) {
        this.layers = layers;
    }

    /** The places of every layer, for a map's box to take them in. */
    List<MapLayer.Mark> marks() {
        return layers.stream().flatMap(l -> l.marks().stream()).toList();
    }

    /**
     * Paints the places that fall inside the {@code w} × {@code h} map; returns whether there was one,
     * so that a street map without any needs no legend.
     */
    boolean paint(Graphics2D m, Viewport view, float w, float h, float size) {
        boolean any = false;
        for (MapLayer layer : layers) {
            for (MapLayer.Mark mark : layer.marks()) {
                double px = view.x(Geometry.toE7(mark.lon()));
                double py = view.y(Geometry.toE7(mark.lat()));
                if (px < -size || py < -size || px > w + size || py > h + size) {
                    continue;
                }
                any = true;
                Rectangle2D square = new Rectangle2D.Double(px - size / 2, py - size / 2, size, size);
                m.setColor(Color.WHITE);
                m.setStroke(new BasicStroke(size / 3.5f));
                m.draw(square);
                m.setColor(mark.colour());
                m.setStroke(new BasicStroke(size / 6f));
                m.draw(square);
            }
        }
        return any;
    }

    /** The legend lines of every layer, in a white box in the lower-left corner of the map. */
    void legend(Graphics2D m, ReportStyle style, float h) {
        List<MapLayer.LegendLine> lines = layers.stream().flatMap(l -> l.legend().stream()).toList();
        if (lines.isEmpty()) {
            return;
        }
        float textWidth = 0;
        for (MapLayer.LegendLine line : lines) {
            textWidth = Math.max(textWidth, m.getFontMetrics(style.small).stringWidth(line.text()));
        }
        float boxWidth = textWidth + 22;
        float boxHeight = lines.size() * LEGEND_LINE + 6;
        float top = h - boxHeight - 4;
        m.setColor(new Color(255, 255, 255, 225));
        m.fill(new Rectangle2D.Float(4, top, boxWidth, boxHeight));
        m.setColor(ReportStyle.RULE);
        m.setStroke(new BasicStroke(0.4f));
        m.draw(new Rectangle2D.Float(4, top, boxWidth, boxHeight));
        float y = top + 3;
        for (MapLayer.LegendLine line : lines) {
            m.setColor(line.colour());
            m.setStroke(new BasicStroke(1.2f));
            m.draw(new Rectangle2D.Float(9, y + 2, 6, 6));
            ReportStyle.text(m, style.small, ReportStyle.TEXT, line.text(), 19, y + 7.5f, textWidth + 1);
            y += LEGEND_LINE;
        }
    }
}
