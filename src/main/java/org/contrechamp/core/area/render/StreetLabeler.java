package org.contrechamp.core.area.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.contrechamp.core.area.FeatureKind;

/**
 * Writes street names along the streets, letter by letter following the line, upright, with a white
 * halo, never over another label, and never on a sharp bend. Ways of one street are joined end to
 * end first, so that a street split into many short ways still gets its name. Every label must fit
 * entirely inside the {@code allowed} rectangle: a tile only draws the labels it holds whole, so no
 * label is ever cut at a tile edge.
 */
final class StreetLabeler {

    /** One street's lines in image pixels. */
    record Street(String name, FeatureKind kind, List<double[][]> lines) {
    }

    private static final double MAX_BEND = Math.toRadians(22);

    private final Graphics2D g;
    private final Viewport view;
    private final Rectangle2D allowed;
    private final boolean repeat;
    private final List<Rectangle2D> taken = new ArrayList<>();

    /**
     * @param repeat whether a long street may carry its name more than once (big images; a tile
     *               names each street once)
     */
    StreetLabeler(Graphics2D g, Viewport view, Rectangle2D allowed, boolean repeat) {
        this.g = g;
        this.view = view;
        this.allowed = allowed;
        this.repeat = repeat;
    }

    /** A named area (square, park, water) in image pixels, labelled horizontally in its middle. */
    record Place(String name, FeatureKind kind, java.awt.Shape outline) {
    }

    /**
     * Names of squares, parks and water, written flat at the middle of their box when they fit inside
     * the area and collide with nothing already written (streets go first).
     */
    void labelPlaces(List<Place> places) {
        for (Place place : places) {
            Font font = MapStyle.placeFont(place.kind(), view.zoom(), view.scale());
            GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), place.name());
            Rectangle2D text = glyphs.getLogicalBounds();
            Rectangle2D box = place.outline().getBounds2D();
            double x = box.getCenterX() - text.getWidth() / 2;
            double y = box.getCenterY() + text.getHeight() / 3;
            Rectangle2D cell = new Rectangle2D.Double(x, y + text.getY(), text.getWidth(), text.getHeight());
            if (text.getWidth() > box.getWidth() * 0.9 || text.getHeight() > box.getHeight() * 0.8
                    || !place.outline().contains(box.getCenterX(), box.getCenterY()) || !allowed.contains(cell)
                    || overlaps(cell)) {
                continue;
            }
            taken.add(cell);
            Shape outline = glyphs.getOutline((float) x, (float) y);
            g.setStroke(new BasicStroke(2.5f * view.scale(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(MapStyle.HALO);
            g.draw(outline);
            g.setColor(MapStyle.placeColour(place.kind()));
            g.fill(outline);
        }
    }

    void label(List<Street> streets) {
        List<Street> ordered = new ArrayList<>(mergeByName(streets));
        ordered.sort(Comparator.comparingInt((Street s) -> -MapStyle.streetRank(s.kind())).thenComparing(Street::name));
        for (Street street : ordered) {
            Font font = MapStyle.labelFont(street.kind(), view.zoom(), view.scale());
            GlyphVector glyphs = font.createGlyphVector(g.getFontRenderContext(), street.name());
            double textWidth = glyphs.getLogicalBounds().getWidth();
            List<LabelPath> paths = new ArrayList<>();
            for (double[][] line : joined(street.lines())) {
                paths.add(new LabelPath(line[0], line[1]));
            }
            paths.sort(Comparator.comparingDouble(LabelPath::length).reversed());
            List<double[]> placedAt = new ArrayList<>();
            for (LabelPath path : paths) {
                if (path.length() < textWidth + 8 * view.scale()) {
                    break;
                }
                placeAlong(path, glyphs, font, textWidth, placedAt);
                if (!repeat && !placedAt.isEmpty()) {
                    break;
                }
            }
        }
    }

    private void placeAlong(LabelPath path, GlyphVector glyphs, Font font, double textWidth, List<double[]> placedAt) {
        double length = path.length();
        double step = Math.max(textWidth / 3, 10.0 * view.scale());
        double spacing = textWidth * 4 + 200 * view.scale();
        for (double offset = 0; offset <= length / 2; offset += step) {
            for (double centre : new double[] {length / 2 + offset, length / 2 - offset}) {
                double from = centre - textWidth / 2;
                double to = centre + textWidth / 2;
                if (from < 0 || to > length || path.maxBend(from, to) > MAX_BEND || near(path.at(centre), placedAt, spacing)) {
                    continue;
                }
                if (tryPlace(path, from, to, glyphs, font)) {
                    placedAt.add(path.at(centre));
                    if (!repeat) {
                        return;
                    }
                }
            }
        }
    }

    private static boolean near(double[] point, List<double[]> others, double distance) {
        for (double[] other : others) {
            if (Math.hypot(point[0] - other[0], point[1] - other[1]) < distance) {
                return true;
            }
        }
        return false;
    }

    private boolean tryPlace(LabelPath path, double from, double to, GlyphVector glyphs, Font font) {
        LabelPath along = path;
        double start = from;
        if (path.leftward(from, to)) {
            along = path.reversed();
            start = path.length() - to;
        }
        FontRenderContext context = g.getFontRenderContext();
        LineMetrics metrics = font.getLineMetrics("Hg", context);
        double lift = (metrics.getAscent() - metrics.getDescent()) / 2;
        Path2D.Double text = new Path2D.Double();
        List<Rectangle2D> boxes = new ArrayList<>();
        for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
            double glyphX = glyphs.getGlyphPosition(i).getX();
            double advance = glyphs.getGlyphMetrics(i).getAdvance();
            double[] point = along.at(start + glyphX + advance / 2);
            AffineTransform t = new AffineTransform();
            t.translate(point[0], point[1]);
            t.rotate(point[2]);
            t.translate(-glyphX - advance / 2, lift);
            Shape outline = t.createTransformedShape(glyphs.getGlyphOutline(i));
            text.append(outline, false);
            Rectangle2D cell = t.createTransformedShape(new Rectangle2D.Double(glyphX, -metrics.getAscent(), advance,
                    metrics.getAscent() + metrics.getDescent())).getBounds2D();
            if (!allowed.contains(cell) || overlaps(cell)) {
                return false;
            }
            boxes.add(cell);
        }
        taken.addAll(boxes);
        g.setStroke(new BasicStroke(3f * view.scale(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(MapStyle.HALO);
        g.draw(text);
        g.setColor(MapStyle.LABEL);
        g.fill(text);
        return true;
    }

    private boolean overlaps(Rectangle2D cell) {
        for (Rectangle2D other : taken) {
            if (other.intersects(cell)) {
                return true;
            }
        }
        return false;
    }

    /** One entry per name, with the most important kind among its ways. */
    private static List<Street> mergeByName(List<Street> streets) {
        Map<String, Street> byName = new LinkedHashMap<>();
        for (Street street : streets) {
            byName.merge(street.name(), street, (a, b) -> {
                List<double[][]> lines = new ArrayList<>(a.lines());
                lines.addAll(b.lines());
                FeatureKind kind = MapStyle.streetRank(a.kind()) >= MapStyle.streetRank(b.kind()) ? a.kind() : b.kind();
                return new Street(a.name(), kind, lines);
            });
        }
        return new ArrayList<>(byName.values());
    }

    /** Lines that meet end to end (within half a pixel) joined into longer ones. */
    static List<double[][]> joined(List<double[][]> lines) {
        List<double[][]> pending = new ArrayList<>(lines);
        List<double[][]> result = new ArrayList<>();
        while (!pending.isEmpty()) {
            double[][] line = pending.remove(pending.size() - 1);
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int i = 0; i < pending.size(); i++) {
                    double[][] joined = join(line, pending.get(i));
                    if (joined != null) {
                        pending.remove(i);
                        line = joined;
                        grew = true;
                        break;
                    }
                }
            }
            result.add(line);
        }
        return result;
    }

    private static double[][] join(double[][] a, double[][] b) {
        int na = a[0].length;
        int nb = b[0].length;
        if (same(a, na - 1, b, 0)) {
            return concat(a, b, false, false);
        }
        if (same(a, na - 1, b, nb - 1)) {
            return concat(a, b, false, true);
        }
        if (same(a, 0, b, nb - 1)) {
            return concat(b, a, false, false);
        }
        if (same(a, 0, b, 0)) {
            return concat(b, a, true, false);
        }
        return null;
    }

    private static boolean same(double[][] a, int i, double[][] b, int j) {
        return Math.abs(a[0][i] - b[0][j]) < 0.5 && Math.abs(a[1][i] - b[1][j]) < 0.5;
    }

    private static double[][] concat(double[][] a, double[][] b, boolean reverseA, boolean reverseB) {
        double[][] first = reverseA ? reverse(a) : a;
        double[][] second = reverseB ? reverse(b) : b;
        int n = first[0].length + second[0].length - 1;
        double[][] result = new double[2][n];
        for (int k = 0; k < 2; k++) {
            System.arraycopy(first[k], 0, result[k], 0, first[k].length);
            System.arraycopy(second[k], 1, result[k], first[k].length, second[k].length - 1);
        }
        return result;
    }

    private static double[][] reverse(double[][] a) {
        int n = a[0].length;
        double[][] result = new double[2][n];
        for (int i = 0; i < n; i++) {
            result[0][i] = a[0][n - 1 - i];
            result[1][i] = a[1][n - 1 - i];
        }
        return result;
    }
}
