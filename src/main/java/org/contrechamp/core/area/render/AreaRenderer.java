package org.contrechamp.core.area.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.area.AreaRepository;
import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.area.FeatureKind;
import org.contrechamp.core.area.MapFeature;
import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.geo.BoundingBox;

/**
 * Draws the area with Java2D: the same code makes the map's tiles and the images of
 * {@code area render} and of printed inventories. Thread-safe (no state but the repository); each
 * call queries the features in view and draws them bottom-up: land, water and green areas,
 * buildings, streets by importance, then street names. See ADR 0022.
 */
public final class AreaRenderer {

    public static final String ATTRIBUTION = "© OpenStreetMap contributors";
    public static final int MIN_ZOOM = 12;
    public static final int MAX_ZOOM = 19;

    private final AreaRepository repository;

    public AreaRenderer(AreaRepository repository) {
        this.repository = repository;
    }

    /** One tile, labels kept whole inside it; empty when there is no area or the tile is outside it. */
    public Optional<BufferedImage> tile(int zoom, long x, long y, int scale) {
        Optional<AreaSummary> area = repository.summary();
        if (area.isEmpty() || zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            return Optional.empty();
        }
        Viewport view = Viewport.forTile(zoom, x, y, scale);
        if (!intersects(view.bounds(0), area.get().bounds())) {
            return Optional.empty();
        }
        return Optional.of(draw(view, area.get(), new Rectangle2D.Double(1, 1, view.width() - 2, view.height() - 2), false));
    }

    /**
     * An image of {@code width} × {@code height} pixels showing all of {@code box} (more on one side
     * when the shapes differ), with the attribution in a corner. Empty when there is no area.
     */
    public Optional<BufferedImage> render(BoundingBox box, int width, int height, int scale) {
        Optional<AreaSummary> area = repository.summary();
        if (area.isEmpty()) {
            return Optional.empty();
        }
        Viewport view = Viewport.forBox(box, width, height, scale);
        BufferedImage image = draw(view, area.get(), new Rectangle2D.Double(2, 2, width - 4, height - 4), true);
        Graphics2D g = image.createGraphics();
        try {
            antialias(g);
            drawAttribution(g, view);
        } finally {
            g.dispose();
        }
        return Optional.of(image);
    }

    /**
     * Draws the map of {@code box} onto any Graphics2D (a PDF page's, for vector maps) in the
     * rectangle (0, 0)–({@code width}, {@code height}) of its current coordinates, clipped to it,
     * with the attribution. Empty, and nothing drawn, when there is no area.
     *
     * @return the view used, to place markers on the drawn map
     */
    public Optional<Viewport> paint(Graphics2D g, BoundingBox box, int width, int height, int scale) {
        Optional<AreaSummary> area = repository.summary();
        if (area.isEmpty()) {
            return Optional.empty();
        }
        Viewport view = Viewport.forBox(box, width, height, scale);
        Graphics2D clipped = (Graphics2D) g.create();
        try {
            clipped.clipRect(0, 0, width, height);
            paint(clipped, view, area.get(), new Rectangle2D.Double(2, 2, width - 4, height - 4), true);
            antialias(clipped);
            drawAttribution(clipped, view);
        } finally {
            clipped.dispose();
        }
        return Optional.of(view);
    }

    private BufferedImage draw(Viewport view, AreaSummary area, Rectangle2D labelRoom, boolean repeatLabels) {
        BufferedImage image = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            paint(g, view, area, labelRoom, repeatLabels);
        } finally {
            g.dispose();
        }
        return image;
    }

    private void paint(Graphics2D g, Viewport view, AreaSummary area, Rectangle2D labelRoom, boolean repeatLabels) {
        antialias(g);
        drawBackground(g, view, area.bounds());
        int zoom = (int) Math.floor(Math.max(view.zoom(), 0));
        // Lines reach out of their box by half their width, labels by their length: look a bit wider.
        List<MapFeature> features = repository.features(view.bounds(32.0 * view.scale()), Math.max(zoom, MIN_ZOOM));
        List<MapFeature> streets = new ArrayList<>();
        List<StreetLabeler.Place> places = new ArrayList<>();
        for (MapFeature f : features) {
            if (f.kind().isArea()) {
                Path2D.Double outline = drawArea(g, view, f);
                if (f.name() != null && !f.name().isBlank() && view.zoom() >= MapStyle.placeZoom(f.kind())) {
                    places.add(new StreetLabeler.Place(f.name().strip(), f.kind(), outline));
                }
            } else if (f.kind().isStreet()) {
                streets.add(f);
            } else {
                drawLine(g, view, f, MapStyle.streetFill(f.kind()), MapStyle.width(f.kind(), view.zoom()));
            }
        }
        drawStreets(g, view, streets);
        if (view.zoom() >= 14.5) {
            StreetLabeler labeler = new StreetLabeler(g, view, labelRoom, repeatLabels);
            labelStreets(labeler, view, streets);
            labeler.labelPlaces(places);
        }
    }

    private static void antialias(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** Land inside the area, a darker grey outside it: where the data ends is visible. */
    private static void drawBackground(Graphics2D g, Viewport view, BoundingBox bounds) {
        g.setColor(MapStyle.OUTSIDE);
        g.fillRect(0, 0, view.width(), view.height());
        double x0 = view.x(Geometry.toE7(bounds.minLon()));
        double x1 = view.x(Geometry.toE7(bounds.maxLon()));
        double y0 = view.y(Geometry.toE7(bounds.maxLat()));
        double y1 = view.y(Geometry.toE7(bounds.minLat()));
        g.setColor(MapStyle.LAND);
        g.fill(new Rectangle2D.Double(x0, y0, x1 - x0, y1 - y0));
    }

    private static Path2D.Double drawArea(Graphics2D g, Viewport view, MapFeature f) {
        Path2D.Double path = path(view, f.geometry(), true);
        g.setColor(MapStyle.fill(f.kind()));
        g.fill(path);
        if (f.kind() == FeatureKind.BUILDING && view.zoom() >= 15.5) {
            g.setColor(MapStyle.BUILDING_EDGE);
            g.setStroke(new BasicStroke((float) (0.6 * view.scale())));
            g.draw(path);
        } else if (f.kind() == FeatureKind.PEDESTRIAN_AREA) {
            g.setColor(MapStyle.casing(FeatureKind.PEDESTRIAN));
            g.setStroke(new BasicStroke((float) (0.8 * view.scale())));
            g.draw(path);
        }
        return path;
    }

    private static void drawLine(Graphics2D g, Viewport view, MapFeature f, Color color, double width) {
        g.setColor(color);
        g.setStroke(MapStyle.stroke(width * view.scale(), MapStyle.dash(f.kind(), view.zoom(), view.scale())));
        g.draw(path(view, f.geometry(), false));
    }

    /**
     * Streets layer by layer (OSM {@code layer}, tunnels below, bridges above); within a layer all
     * casings first, then all fills, so crossings join cleanly.
     */
    private static void drawStreets(Graphics2D g, Viewport view, List<MapFeature> streets) {
        List<MapFeature> ordered = new ArrayList<>(streets);
        ordered.sort(Comparator.comparingInt(StreetOrder::level).thenComparingInt(f -> MapStyle.streetRank(f.kind())));
        int start = 0;
        while (start < ordered.size()) {
            int level = StreetOrder.level(ordered.get(start));
            int end = start;
            while (end < ordered.size() && StreetOrder.level(ordered.get(end)) == level) {
                end++;
            }
            List<MapFeature> group = ordered.subList(start, end);
            for (MapFeature f : group) {
                if (MapStyle.cased(f.kind(), view.zoom())) {
                    double width = MapStyle.width(f.kind(), view.zoom());
                    double border = f.isBridge() ? 2.2 : 1.1;
                    Color casing = f.isBridge() ? new Color(0x6F6A64) : MapStyle.casing(f.kind());
                    g.setColor(f.isTunnel() ? withAlpha(casing, 110) : casing);
                    float[] dash = f.isTunnel() ? new float[] {4f * view.scale(), 3f * view.scale()} : null;
                    g.setStroke(MapStyle.stroke((width + 2 * border) * view.scale(), dash));
                    g.draw(path(view, f.geometry(), false));
                }
            }
            for (MapFeature f : group) {
                Color fill = MapStyle.streetFill(f.kind());
                drawLine(g, view, f, f.isTunnel() ? blendWithLand(fill) : fill, MapStyle.width(f.kind(), view.zoom()));
            }
            start = end;
        }
    }

    /** Drawing levels: layer first, tunnels under everything of their layer, bridges over it. */
    private static final class StreetOrder {
        static int level(MapFeature f) {
            return f.layer() * 3 + (f.isTunnel() ? -1 : f.isBridge() ? 1 : 0);
        }
    }

    private static Color withAlpha(Color c, int alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha);
    }

    private static Color blendWithLand(Color c) {
        Color land = MapStyle.LAND;
        return new Color((c.getRed() + 2 * land.getRed()) / 3, (c.getGreen() + 2 * land.getGreen()) / 3,
                (c.getBlue() + 2 * land.getBlue()) / 3);
    }

    private static void labelStreets(StreetLabeler labeler, Viewport view, List<MapFeature> streets) {
        List<StreetLabeler.Street> named = new ArrayList<>();
        for (MapFeature f : streets) {
            if (f.name() == null || f.name().isBlank() || f.isTunnel() || view.zoom() < MapStyle.labelZoom(f.kind())) {
                continue;
            }
            List<double[][]> lines = new ArrayList<>();
            for (int p = 0; p < f.geometry().partCount(); p++) {
                int[] part = f.geometry().part(p);
                double[][] line = new double[2][part.length / 2];
                for (int i = 0; i < part.length; i += 2) {
                    line[0][i / 2] = view.x(part[i]);
                    line[1][i / 2] = view.y(part[i + 1]);
                }
                lines.add(line);
            }
            named.add(new StreetLabeler.Street(f.name().strip(), f.kind(), lines));
        }
        labeler.label(named);
    }

    /** The geometry in image pixels, dropping points closer than a third of a pixel to the previous one. */
    private static Path2D.Double path(Viewport view, Geometry geometry, boolean closed) {
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        double tolerance = 0.33 * view.scale();
        for (int p = 0; p < geometry.partCount(); p++) {
            int[] part = geometry.part(p);
            double lastX = view.x(part[0]);
            double lastY = view.y(part[1]);
            path.moveTo(lastX, lastY);
            for (int i = 2; i < part.length; i += 2) {
                double x = view.x(part[i]);
                double y = view.y(part[i + 1]);
                boolean lastPoint = i == part.length - 2;
                if (lastPoint || Math.abs(x - lastX) + Math.abs(y - lastY) >= tolerance) {
                    path.lineTo(x, y);
                    lastX = x;
                    lastY = y;
                }
            }
            if (closed) {
                path.closePath();
            }
        }
        return path;
    }

    private static void drawAttribution(Graphics2D g, Viewport view) {
        Font font = new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(9, 10 * view.scale()));
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        int pad = 3 * view.scale();
        int textWidth = metrics.stringWidth(ATTRIBUTION);
        int boxWidth = textWidth + 2 * pad;
        int boxHeight = metrics.getHeight() + pad;
        int x = view.width() - boxWidth;
        int y = view.height() - boxHeight;
        g.setColor(MapStyle.ATTRIBUTION_BACK);
        g.fillRect(x, y, boxWidth, boxHeight);
        g.setColor(MapStyle.LABEL);
        g.drawString(ATTRIBUTION, x + pad, y + pad / 2 + metrics.getAscent());
    }

    private static boolean intersects(BoundingBox a, BoundingBox b) {
        return a.minLon() <= b.maxLon() && a.maxLon() >= b.minLon() && a.minLat() <= b.maxLat() && a.maxLat() >= b.minLat();
    }
}
