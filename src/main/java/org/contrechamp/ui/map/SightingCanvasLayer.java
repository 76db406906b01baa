package org.contrechamp.ui.map;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.DoubleSupplier;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.ArcType;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import com.gluonhq.maps.MapLayer;

import org.contrechamp.core.map.FieldOfView;
import org.contrechamp.core.map.MarkerLayout;
import org.contrechamp.core.map.MarkerPoints;
import org.contrechamp.core.map.Viewport;
import org.contrechamp.core.map.WebMercator;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.Status;

/**
 * The sightings on the map, drawn on one canvas: markers styled by kind and state, a field-of-view
 * cone per direction, clusters with counts when zoomed out. However many sightings there are, a frame
 * costs one pass over flat arrays ({@link MarkerLayout}) and draws only what is in view, so 100,000
 * sightings pan smoothly; there is no scene-graph node per sighting.
 *
 * <p>Mouse handling is {@link MapPane}'s: this layer answers "what is under this point".
 */
public final class SightingCanvasLayer extends MapLayer {

    static final double CELL_PIXELS = 56;
    static final double MARGIN_PIXELS = 60;
    static final double HIT_RADIUS = 10;
    /** Below this zoom, crowded markers become clusters. */
    static final double CLUSTER_BELOW_ZOOM = 16.5;
    private static final double DOT = 6;

    private final Canvas canvas = new Canvas();
    private final MarkerLayout layout = new MarkerLayout();
    private final ObjectProperty<Sighting> selected;
    private final DoubleSupplier fieldOfViewDegrees;
    private List<Sighting> items = List.of();
    private int selectedIndex = -1;
    private List<List<FieldOfView.Cone>> cones = List.of();
    private MarkerPoints points = MarkerPoints.of(List.<Sighting>of(), s -> 0, s -> 0);
    private Viewport view;
    private UUID draggedId;
    private double dragX;
    private double dragY;

    public SightingCanvasLayer(ObservableList<Sighting> sightings, ObjectProperty<Sighting> selected,
            DoubleSupplier fieldOfViewDegrees) {
        this.selected = selected;
        this.fieldOfViewDegrees = fieldOfViewDegrees;
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
        sightings.addListener((ListChangeListener<Sighting>) change -> rebuild(sightings));
        selected.addListener((obs, was, is) -> markDirty());
        rebuild(sightings);
    }

    /** Re-reads the list (after a load, an edit, a deletion): one O(n) pass. */
    private void rebuild(List<Sighting> sightings) {
        items = List.copyOf(sightings);
        points = MarkerPoints.of(items, s -> s.position().latitude(), s -> s.position().longitude());
        double angle = fieldOfViewDegrees.getAsDouble();
        List<List<FieldOfView.Cone>> all = new ArrayList<>(items.size());
        for (Sighting s : items) {
            all.add(s.directions().isEmpty() ? List.of() : FieldOfView.cones(s, angle));
        }
        cones = all;
        markDirty();
    }

    /** The field-of-view angle setting changed. */
    public void refreshCones() {
        rebuild(items);
    }

    @Override
    protected void layoutLayer() {
        Bounds bounds = getParent() == null ? null : getParent().getLayoutBounds();
        if (bounds == null || bounds.getWidth() <= 0 || baseMap == null) {
            return;
        }
        canvas.setWidth(bounds.getWidth());
        canvas.setHeight(bounds.getHeight());
        view = currentView(bounds.getWidth(), bounds.getHeight());
        selectedIndex = indexOf(selected.get());
        layout.layout(points, view, CELL_PIXELS, MARGIN_PIXELS, view.zoom() < CLUSTER_BELOW_ZOOM, selectedIndex);
        draw();
    }

    /** The screen transform of the map as Gluon shows it, measured from two of its own points. */
    private Viewport currentView(double width, double height) {
        double lat = baseMap.centerLat().get();
        double lon = baseMap.centerLon().get();
        Point2D a = getMapPoint(lat, lon);
        Point2D b = getMapPoint(lat, lon + 0.01);
        double scale = (b.getX() - a.getX()) / (WebMercator.x(lon + 0.01) - WebMercator.x(lon));
        double zoom = Math.log(scale / 256.0) / Math.log(2);
        return new Viewport(scale, WebMercator.x(lon) - a.getX() / scale, WebMercator.y(lat) - a.getY() / scale,
                width, height, zoom);
    }

    private int indexOf(Sighting s) {
        if (s == null) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(s.id())) {
                return i;
            }
        }
        return -1;
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        boolean showCones = view.zoom() >= 15;
        if (showCones) {
            for (int k = 0; k < layout.singles(); k++) {
                drawCones(g, layout.singleIndex(k), layout.singleX(k), layout.singleY(k));
            }
        }
        for (int k = 0; k < layout.singles(); k++) {
            int i = layout.singleIndex(k);
            Sighting s = items.get(i);
            if (s.id().equals(draggedId)) {
                continue;
            }
            if (!showCones) {
                drawTicks(g, s, layout.singleX(k), layout.singleY(k));
            }
            drawDot(g, s, layout.singleX(k), layout.singleY(k), false);
        }
        for (int k = 0; k < layout.clusters(); k++) {
            drawCluster(g, layout.clusterX(k), layout.clusterY(k), layout.clusterCount(k));
        }
        if (selectedIndex >= 0) {
            // The selection is drawn last, with its cones at every zoom, never inside a cluster.
            double x = view.screenX(points.x(selectedIndex));
            double y = view.screenY(points.y(selectedIndex));
            drawCones(g, selectedIndex, x, y, SELECTED_CONE_MIN_PX);
            drawDot(g, items.get(selectedIndex), x, y, true);
        }
        if (draggedId != null) {
            items.stream().filter(s -> s.id().equals(draggedId)).findFirst()
                    .ifPresent(s -> drawDot(g, s, dragX, dragY, true));
        }
    }

    /**
     * However far a camera sees, its cone is at least this long on screen, so that its direction can
     * be read beside the marker (and, for the selection, beyond its halo) at every zoom.
     */
    private static final double CONE_MIN_PX = 20;
    private static final double SELECTED_CONE_MIN_PX = 40;

    private void drawCones(GraphicsContext g, int index, double x, double y) {
        drawCones(g, index, x, y, CONE_MIN_PX);
    }

    private void drawCones(GraphicsContext g, int index, double x, double y, double minRadius) {
        Sighting s = items.get(index);
        if (s.id().equals(draggedId)) {
            return;
        }
        Color colour = MarkerStyle.colour(s);
        double metersPerPixel = WebMercator.metersPerPixel(s.position().latitude(), view.zoom());
        for (FieldOfView.Cone cone : cones.get(index)) {
            double r = Math.max(minRadius, cone.lengthMeters() / metersPerPixel);
            g.setFill(colour.deriveColor(0, 1, 1, 0.22));
            g.setStroke(colour.deriveColor(0, 1, 1, 0.55));
            g.setLineWidth(1);
            // JavaFX arcs start at 3 o'clock and turn counter-clockwise; bearings start north, clockwise.
            double start = 90 - cone.from() - cone.width();
            g.fillArc(x - r, y - r, 2 * r, 2 * r, start, cone.width(), cone.isFullCircle() ? ArcType.CHORD : ArcType.ROUND);
            g.strokeArc(x - r, y - r, 2 * r, 2 * r, start, cone.width(), cone.isFullCircle() ? ArcType.OPEN : ArcType.ROUND);
        }
    }

    /** Zoomed out, directions are short ticks: cones would cover the map. */
    private void drawTicks(GraphicsContext g, Sighting s, double x, double y) {
        g.setStroke(MarkerStyle.colour(s));
        g.setLineWidth(2);
        for (var d : s.directions()) {
            double a = Math.toRadians(d.centre());
            g.strokeLine(x, y, x + Math.sin(a) * 14, y - Math.cos(a) * 14);
        }
    }

    private void drawDot(GraphicsContext g, Sighting s, double x, double y, boolean isSelected) {
        Color colour = MarkerStyle.colour(s);
        if (isSelected) {
            g.setFill(MarkerStyle.SELECTION.deriveColor(0, 1, 1, 0.25));
            g.fillOval(x - DOT - 6, y - DOT - 6, 2 * DOT + 12, 2 * DOT + 12);
        }
        double r = isSelected ? DOT + 1.5 : DOT;
        g.setLineDashes();
        if (s.draft()) {
            g.setFill(Color.WHITE);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(colour);
            g.setLineWidth(3);
            g.strokeOval(x - r + 1.5, y - r + 1.5, 2 * r - 3, 2 * r - 3);
        } else {
            g.setFill(colour);
            g.fillOval(x - r, y - r, 2 * r, 2 * r);
            g.setStroke(Color.WHITE);
            g.setLineWidth(2);
            if (s.status() == Status.UNSURE) {
                g.setLineDashes(3, 2);
            }
            g.strokeOval(x - r, y - r, 2 * r, 2 * r);
            g.setLineDashes();
        }
        if (s.status() == Status.REMOVED) {
            g.setStroke(Color.WHITE);
            g.setLineWidth(1.5);
            g.strokeLine(x - r / 2, y - r / 2, x + r / 2, y + r / 2);
            g.strokeLine(x - r / 2, y + r / 2, x + r / 2, y - r / 2);
        }
        if (isSelected) {
            g.setStroke(MarkerStyle.SELECTION);
            g.setLineWidth(2.5);
            g.strokeOval(x - r - 3, y - r - 3, 2 * r + 6, 2 * r + 6);
        }
    }

    private void drawCluster(GraphicsContext g, double x, double y, int count) {
        double r = 13 + 4 * Math.log10(count);
        g.setFill(Color.web("#cf222e", 0.18));
        g.fillOval(x - r - 5, y - r - 5, 2 * r + 10, 2 * r + 10);
        g.setFill(Color.web("#cf222e", 0.9));
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(Color.WHITE);
        g.setFont(Font.font(null, FontWeight.BOLD, 12));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(count >= 10_000 ? (count / 1000) + "k" : Integer.toString(count), x, y);
    }

    /** The sighting drawn at a point of the map view (within a finger's width), if any. */
    public Sighting sightingAt(double x, double y) {
        if (selectedIndex >= 0 && view != null && Math.hypot(view.screenX(points.x(selectedIndex)) - x,
                view.screenY(points.y(selectedIndex)) - y) <= HIT_RADIUS) {
            return items.get(selectedIndex);
        }
        int index = layout.singleAt(x, y, HIT_RADIUS);
        return index < 0 ? null : items.get(index);
    }

    /** Whether a cluster is drawn at a point of the map view. */
    public boolean clusterAt(double x, double y) {
        return layout.clusterAt(x, y, 22) >= 0;
    }

    /** Shows a sighting being dragged at a point, until {@link #endDrag()}. */
    public void dragTo(UUID id, double x, double y) {
        draggedId = id;
        dragX = x;
        dragY = y;
        if (view != null) {
            draw();
        }
    }

    public void endDrag() {
        draggedId = null;
        markDirty();
    }

    /** Whether a point of the world is inside the view (to decide whether to pan to a selection). */
    public boolean inView(double latitude, double longitude) {
        if (view == null) {
            return false;
        }
        double x = view.screenX(WebMercator.x(longitude));
        double y = view.screenY(WebMercator.y(latitude));
        return x >= 20 && y >= 20 && x <= view.width() - 20 && y <= view.height() - 20;
    }

    /** How many singles and clusters the last frame drew (for tests and the status bar). */
    public int drawnMarkers() {
        return layout.singles() + (selectedIndex >= 0 ? 1 : 0);
    }

    public int drawnClusters() {
        return layout.clusters();
    }
}
