package org.contrechamp.ui.map;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.DoubleSupplier;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import org.contrechamp.core.area.OsmCamera;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.geo.GeoMath;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.map.WebMercator;
import org.contrechamp.core.sighting.Sighting;

/**
 * The map with the sightings on it, and what the mouse does there: a double click on an empty spot
 * asks for a new sighting (a single click does so only while {@link #clickPlacesProperty()} is on: a
 * photo waiting to be placed, the add tool); a click on a marker selects it; dragging a marker moves it; a click on a cluster
 * zooms in; hovering a marker tells what it is. Dragging elsewhere pans, the wheel zooms (Gluon).
 */
public final class MapPane extends StackPane {

    /** A press that moves less than this (pixels) is a click, not a drag. */
    private static final double DRAG_THRESHOLD = 4;

    private final MapView map = new MapView();
    private final SightingCanvasLayer markers;
    private final OsmCamerasLayer osmCameras = new OsmCamerasLayer();
    private final CoverageLayer coverage;
    private final Label attribution = new Label();
    private final Tooltip hover = new Tooltip();
    private final Messages messages;

    private Sighting pressedOn;
    private double pressX;
    private double pressY;
    private boolean dragging;
    private boolean consumeClick;
    private boolean pointing;
    private boolean markersLocked;
    /** The press of this click closed a menu or a popup: the click is not meant for the map. */
    private boolean pressClosedAPopup;
    private final PopupsOpen popups = new PopupsOpen();
    private final BooleanProperty clickPlaces = new SimpleBooleanProperty(this, "clickPlaces", false);
    private Runnable onPlainClick = () -> { };
    /** Framings asked so far: one waiting for the layout is dropped when another was asked after it. */
    private long framings;
    /** A page brought two places into view: the area read at start no longer frames the map. */
    private boolean framedByPage;

    /**
     * @param onMapClick called with latitude, longitude when an empty spot is clicked deliberately
     * @param onMove     called when a marker was dragged somewhere: the sighting, latitude, longitude
     */
    public MapPane(Messages messages, ObservableList<Sighting> sightings, ObjectProperty<Sighting> selected,
            DoubleSupplier fieldOfViewDegrees, BiConsumer<Double, Double> onMapClick, MoveHandler onMove,
            PointHandler onPoint) {
        this.messages = messages;
        getStyleClass().add("map-pane");
        map.getStyleClass().add("base-map");
        map.setAccessibleText(messages.get("map.accessible"));
        markers = new SightingCanvasLayer(sightings, selected, fieldOfViewDegrees);
        coverage = new CoverageLayer(messages);
        map.addLayer(coverage);
        map.addLayer(osmCameras);
        map.addLayer(markers);
        hover.setShowDelay(Duration.millis(250));

        // Shift+drag from anywhere points the selected camera at the pointer (bearing from its position).
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            pressClosedAPopup = popups.openOrJustClosed();
            pointing = e.isShiftDown() && e.getButton() == MouseButton.PRIMARY && selected.get() != null;
            if (pointing) {
                e.consume();
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pointing) {
                e.consume();
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pointing) {
                pointing = false;
                consumeClick = true;
                Sighting target = selected.get();
                MapPoint to = map.getMapPosition(e.getX(), e.getY());
                if (target != null) {
                    onPoint.pointed(target.id(), GeoMath.bearingDegrees(target.position().latitude(),
                            target.position().longitude(), to.getLatitude(), to.getLongitude()));
                }
                e.consume();
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            if (pointing) {
                return;
            }
            consumeClick = false;
            pressedOn = e.getButton() == MouseButton.PRIMARY && !markersLocked ? markers.sightingAt(e.getX(), e.getY())
                    : null;
            if (pressedOn != null) {
                pressX = e.getX();
                pressY = e.getY();
                dragging = false;
                e.consume(); // a press on a marker must not start panning the map
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressedOn != null) {
                if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) {
                    dragging = true;
                    hover.hide();
                }
                if (dragging) {
                    markers.dragTo(pressedOn.id(), e.getX(), e.getY());
                }
                e.consume();
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressedOn != null) {
                Sighting target = pressedOn;
                pressedOn = null;
                consumeClick = true;
                if (dragging) {
                    MapPoint to = map.getMapPosition(e.getX(), e.getY());
                    markers.endDrag();
                    onMove.moved(target, to.getLatitude(), to.getLongitude());
                } else {
                    selected.set(target);
                }
                dragging = false;
                e.consume();
            }
        });
        map.addEventFilter(MouseEvent.MOUSE_CLICKED, e -> {
            if (consumeClick) {
                consumeClick = false;
                e.consume();
            }
        });
        map.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || e.isConsumed() || pressClosedAPopup) {
                return;
            }
            MapPoint point = map.getMapPosition(e.getX(), e.getY());
            if (markers.clusterAt(e.getX(), e.getY())) {
                map.flyTo(0, point, 0.3);
                map.setZoom(Math.min(19, map.getZoom() + 2));
                return;
            }
            if (e.getClickCount() == 2 || clickPlaces.get()) {
                onMapClick.accept(point.getLatitude(), point.getLongitude());
            } else if (e.getClickCount() == 1) {
                onPlainClick.run();
            }
        });
        map.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Sighting under = markers.sightingAt(e.getX(), e.getY());
            OsmCamera mapped = under == null ? osmCameras.cameraAt(e.getX(), e.getY()) : null;
            if (under == null && mapped == null) {
                hover.hide();
            } else {
                hover.setText(under != null ? describe(under) : describe(mapped));
                if (!hover.isShowing()) {
                    hover.show(map, e.getScreenX() + 14, e.getScreenY() + 14);
                }
            }
        });
        map.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover.hide());

        selected.addListener((obs, was, is) -> {
            if (is != null && !markers.inView(is.position().latitude(), is.position().longitude())) {
                map.setCenter(is.position().latitude(), is.position().longitude());
            }
        });

        attribution.getStyleClass().add("map-attribution");
        attribution.setMouseTransparent(true);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        getChildren().addAll(map, attribution);
        refreshAttribution();
    }

    /** Receives a camera pointed with Shift+drag: its id and the bearing, degrees from north. */
    @FunctionalInterface
    public interface PointHandler {
        void pointed(UUID id, double bearing);
    }

    /** Receives a marker dragged to a new place. */
    @FunctionalInterface
    public interface MoveHandler {
        void moved(Sighting sighting, double latitude, double longitude);
    }

    private String describe(Sighting s) {
        StringBuilder text = new StringBuilder(s.kind() == null ? messages.get("list.unknown-kind")
                : messages.get(s.kind().labelKey()));
        if (s.cameraType() != null) {
            text.append(" · ").append(messages.get(s.cameraType().labelKey()));
        }
        if (s.operator() != null) {
            text.append('\n').append(s.operator());
        }
        text.append('\n').append(messages.get(s.status().labelKey()));
        if (s.draft()) {
            text.append(" · ").append(messages.get("field.draft"));
        }
        return text.toString();
    }

    private String describe(OsmCamera camera) {
        StringBuilder text = new StringBuilder(messages.get("map.osm-camera", Long.toString(camera.nodeId())));
        camera.tags().forEach((k, v) -> {
            if (!k.equals("man_made")) {
                text.append('\n').append(k).append(" = ").append(v);
            }
        });
        return text.toString();
    }

    /** While a tool draws on the map (a zone), a press on a marker neither selects nor moves it. */
    public void setMarkersLocked(boolean locked) {
        markersLocked = locked;
    }

    /** Whether a single click on an empty spot is deliberate (placing a photo, the add tool on). */
    public BooleanProperty clickPlacesProperty() {
        return clickPlaces;
    }

    /** Told of a single click on an empty spot that added nothing (to say how adding is done). */
    public void setOnPlainClick(Runnable action) {
        onPlainClick = action == null ? () -> { } : action;
    }

    /** The reference layer of cameras already in OpenStreetMap. */
    public OsmCamerasLayer osmCameras() {
        return osmCameras;
    }

    /** The streets walked, with cameras, never visited (View ▸ Street coverage). */
    public CoverageLayer coverage() {
        return coverage;
    }

    /** Centres and zooms the map so that a box fits in view (an area, a sighting's surroundings). */
    public void fitTo(BoundingBox box) {
        fitTo(box, ++framings);
    }

    /**
     * At start, the loaded area's framing: unless a page already brought its own places into view
     * ({@link #fitAround}), which the user opened the window on and which must not be lost to the
     * whole town when the area happens to be read after the page.
     */
    public void fitToAreaUnlessFramedByPage(BoundingBox area) {
        if (!framedByPage) {
            fitTo(area);
        }
    }

    /** @param framing the number of the framing asked; one asked later makes it stale */
    private void fitTo(BoundingBox box, long framing) {
        if (framing != framings) {
            return; // asked before the map was laid out, and another framing was asked since
        }
        if (map.getWidth() <= 0 || map.getHeight() <= 0) {
            // Not laid out yet (at start): fit once the map knows its size.
            map.widthProperty().addListener(new InvalidationListener() {
                @Override
                public void invalidated(Observable o) {
                    map.widthProperty().removeListener(this);
                    Platform.runLater(() -> fitTo(box, framing));
                }
            });
            return;
        }
        double width = map.getWidth();
        double height = map.getHeight();
        double dx = Math.max(1e-9, WebMercator.x(box.maxLon()) - WebMercator.x(box.minLon()));
        double dy = Math.max(1e-9, WebMercator.y(box.minLat()) - WebMercator.y(box.maxLat()));
        double zoom = Math.log(Math.min(width / dx, height / dy) / 256.0) / Math.log(2);
        map.setZoom(Math.max(2, Math.min(18, Math.floor(zoom * 4) / 4)));
        map.setCenter(box.centreLat(), box.centreLon());
    }

    /**
     * Brings two places into view with {@code marginMeters} of street around both (two versions of a
     * camera, two records of one camera). A position no map can show leaves the view as it is.
     */
    public void fitAround(org.contrechamp.core.sighting.Position a, org.contrechamp.core.sighting.Position b,
            double marginMeters) {
        framedByPage = true;
        try {
            BoundingBox x = BoundingBox.around(a.latitude(), a.longitude(), marginMeters);
            BoundingBox y = BoundingBox.around(b.latitude(), b.longitude(), marginMeters);
            fitTo(new BoundingBox(Math.min(x.minLon(), y.minLon()), Math.min(x.minLat(), y.minLat()),
                    Math.max(x.maxLon(), y.maxLon()), Math.max(x.maxLat(), y.maxLat())));
        } catch (IllegalArgumentException outOfTheWorld) {
            // A damaged record's position: the page's fields still say what each holds.
        }
    }

    /** The part of the world in view. */
    public BoundingBox visibleBox() {
        MapPoint topLeft = map.getMapPosition(0, 0);
        MapPoint bottomRight = map.getMapPosition(map.getWidth(), map.getHeight());
        return new BoundingBox(topLeft.getLongitude(), bottomRight.getLatitude(), bottomRight.getLongitude(),
                topLeft.getLatitude());
    }

    public MapView mapView() {
        return map;
    }

    public SightingCanvasLayer markers() {
        return markers;
    }

    /** Shows the credit line of the tiles in use (e.g. "© OpenStreetMap contributors"). */
    public void refreshAttribution() {
        String text = MapTiles.current() == null ? "" : MapTiles.current().attribution();
        attribution.setText(text);
        attribution.setVisible(!text.isEmpty());
    }

    public void setView(double latitude, double longitude, double zoom) {
        map.setZoom(zoom);
        map.setCenter(latitude, longitude);
    }
}
