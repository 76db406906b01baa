package org.contrechamp.core.inventory.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.contrechamp.core.area.geom.Geometry;
import org.contrechamp.core.area.render.AreaRenderer;
import org.contrechamp.core.area.render.Viewport;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.inventory.InventoryCamera;
import org.contrechamp.core.map.FieldOfView;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Sighting;

/**
 * The maps of a printed inventory, drawn by the area renderer onto the page itself (vectors in the
 * PDF): a street with its cameras' cones and numbered markers, and the overview with a dot per camera;
 * on both, the report's {@link MapLayer}s over the cameras.
 */
final class MapPainter {

    /** A street's map shows at least this much ground, so that a lone camera has its surroundings. */
    static final double MIN_SPAN_M = 220;
    static final double OVERVIEW_MIN_SPAN_M = 500;

    private final AreaRenderer renderer;
    private final double fieldOfViewDegrees;
    private final LayerPainter layers;

    MapPainter(AreaRenderer renderer, double fieldOfViewDegrees, List<MapLayer> layers) {
        this.renderer = renderer;
        this.fieldOfViewDegrees = fieldOfViewDegrees;
        this.layers = new LayerPainter(layers);
    }

    void street(Graphics2D g, ReportStyle style, List<InventoryCamera> cameras, float x, float y, float w, float h) {
        Graphics2D m = (Graphics2D) g.create();
        try {
            m.translate(x, y);
            Optional<Viewport> view = base(m, box(cameras, MIN_SPAN_M), w, h);
            if (view.isPresent()) {
                m.clip(new Rectangle2D.Float(0, 0, w, h));
                for (InventoryCamera camera : cameras) {
                    cones(m, view.get(), camera.sighting());
                }
                // under the numbered markers, so that a camera's number stays readable on its declared site
                boolean layered = layers.paint(m, view.get(), w, h, 13f);
                for (InventoryCamera camera : cameras) {
                    marker(m, style, view.get(), camera);
                }
                if (layered) {
                    layers.legend(m, style, h);
                }
            }
            frame(m, w, h);
        } finally {
            m.dispose();
        }
    }

    /** @param whenEmpty the box shown when there is no camera (the area's) */
    void overview(Graphics2D g, ReportStyle style, List<InventoryCamera> cameras, BoundingBox whenEmpty, float x,
            float y, float w, float h) {
        Graphics2D m = (Graphics2D) g.create();
        try {
            m.translate(x, y);
            List<double[]> points = new ArrayList<>();
            for (InventoryCamera c : cameras) {
                points.add(new double[] {c.sighting().position().latitude(), c.sighting().position().longitude()});
            }
            for (MapLayer.Mark mark : layers.marks()) {
                points.add(new double[] {mark.lat(), mark.lon()});
            }
            Optional<Viewport> view = base(m, points.isEmpty() && whenEmpty != null ? whenEmpty
                    : boxOf(points, OVERVIEW_MIN_SPAN_M), w, h);
            if (view.isPresent()) {
                m.clip(new Rectangle2D.Float(0, 0, w, h));
                m.setStroke(new BasicStroke(0.4f));
                for (InventoryCamera camera : cameras) {
                    Sighting s = camera.sighting();
                    double px = view.get().x(Geometry.toE7(s.position().longitude()));
                    double py = view.get().y(Geometry.toE7(s.position().latitude()));
                    Ellipse2D dot = new Ellipse2D.Double(px - 3, py - 3, 6, 6);
                    m.setColor(colour(s.kind()));
                    m.fill(dot);
                    m.setColor(Color.WHITE);
                    m.draw(dot);
                }
                layers.paint(m, view.get(), w, h, 9f);
                layers.legend(m, style, h);
            }
            frame(m, w, h);
        } finally {
            m.dispose();
        }
    }

    /** The drawn area, or a grey box when there is none. */
    private Optional<Viewport> base(Graphics2D m, BoundingBox box, float w, float h) {
        Optional<Viewport> view = renderer == null ? Optional.empty()
                : renderer.paint(m, box, Math.max(16, Math.round(w)), Math.max(16, Math.round(h)), 1);
        if (view.isEmpty()) {
            m.setColor(new Color(0xE4, 0xE2, 0xDE));
            m.fill(new Rectangle2D.Float(0, 0, w, h));
        }
        return view;
    }

    private static void frame(Graphics2D m, float w, float h) {
        m.setClip(null);
        m.setColor(ReportStyle.RULE);
        m.setStroke(new BasicStroke(0.6f));
        m.draw(new Rectangle2D.Float(0, 0, w, h));
    }

    private void cones(Graphics2D m, Viewport view, Sighting s) {
        for (FieldOfView.Cone cone : FieldOfView.cones(s, fieldOfViewDegrees)) {
            List<double[]> points = FieldOfView.polygon(s.position().latitude(), s.position().longitude(), cone, 6);
            Path2D.Double path = new Path2D.Double();
            for (int i = 0; i < points.size(); i++) {
                double px = view.x(Geometry.toE7(points.get(i)[1]));
                double py = view.y(Geometry.toE7(points.get(i)[0]));
                if (i == 0) {
                    path.moveTo(px, py);
                } else {
                    path.lineTo(px, py);
                }
            }
            path.closePath();
            m.setColor(ReportStyle.CONE);
            m.fill(path);
            m.setColor(ReportStyle.CONE_EDGE);
            m.setStroke(new BasicStroke(0.5f));
            m.draw(path);
        }
    }

    private static void marker(Graphics2D m, ReportStyle style, Viewport view, InventoryCamera camera) {
        Sighting s = camera.sighting();
        double px = view.x(Geometry.toE7(s.position().longitude()));
        double py = view.y(Geometry.toE7(s.position().latitude()));
        String label = Integer.toString(camera.number());
        float radius = label.length() > 2 ? 7.5f : 6f;
        Ellipse2D circle = new Ellipse2D.Double(px - radius, py - radius, 2 * radius, 2 * radius);
        m.setColor(colour(s.kind()));
        m.fill(circle);
        m.setColor(Color.WHITE);
        m.setStroke(new BasicStroke(1f));
        m.draw(circle);
        ReportStyle.textCentred(m, label.length() > 2 ? style.small : style.marker, Color.WHITE, label, (float) px,
                (float) py + 2.5f);
    }

    static Color colour(Kind kind) {
        if (kind == null) {
            return new Color(0x55, 0x55, 0x55);
        }
        return switch (kind) {
            case CAMERA -> new Color(0xB4, 0x2B, 0x1E);
            case ALPR -> new Color(0x1F, 0x5F, 0xAF);
            case MICROPHONE -> new Color(0x6A, 0x3D, 0x9A);
            case GUNSHOT_DETECTOR -> new Color(0x8C, 0x56, 0x10);
            case GUARD -> new Color(0x2E, 0x7D, 0x32);
        };
    }

    /** The cameras' box, widened to {@code minSpan} metres and by a margin for cones and labels. */
    static BoundingBox box(List<InventoryCamera> cameras, double minSpan) {
        return boxOf(cameras.stream().map(c -> new double[] {c.sighting().position().latitude(),
                c.sighting().position().longitude()}).toList(), minSpan);
    }

    /** The same for points given as {latitude, longitude}. */
    private static BoundingBox boxOf(List<double[]> points, double minSpan) {
        double minLat = 90;
        double maxLat = -90;
        double minLon = 180;
        double maxLon = -180;
        for (double[] p : points) {
            minLat = Math.min(minLat, p[0]);
            maxLat = Math.max(maxLat, p[0]);
            minLon = Math.min(minLon, p[1]);
            maxLon = Math.max(maxLon, p[1]);
        }
        if (points.isEmpty()) {
            return new BoundingBox(0, 0, 0, 0);
        }
        double midLat = (minLat + maxLat) / 2;
        double mPerDegLat = 111_320;
        double mPerDegLon = 111_320 * Math.cos(Math.toRadians(midLat));
        double halfLat = Math.max((maxLat - minLat) / 2 * 1.15 + 30 / mPerDegLat, minSpan / 2 / mPerDegLat);
        double halfLon = Math.max((maxLon - minLon) / 2 * 1.15 + 30 / mPerDegLon, minSpan / 2 / mPerDegLon);
        double midLon = (minLon + maxLon) / 2;
        return new BoundingBox(midLon - halfLon, midLat - halfLat, midLon + halfLon, midLat + halfLat);
    }
}
