package org.contrechamp.ui.zones;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;

import com.gluonhq.maps.MapPoint;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.zone.DrawnZone;
import org.contrechamp.ui.map.MapPane;

/**
 * Drawing a zone on the map: each click (a press and release without moving) adds a corner; a
 * double-click or Enter closes the zone, Esc or Backspace's last-corner undo get out of mistakes. Only
 * clicks are taken: a press that moves is left to the map, so dragging still pans and the wheel still
 * zooms while drawing. Filters sit on the map pane, ahead of the map's own handlers, so that a click
 * adds a corner instead of a sighting and a press on a marker does not move it.
 */
final class ZoneDrawingTool {

    private final MapPane pane;
    private final ZoneOutlineLayer layer;
    private final Label hint = new Label();
    private final List<DrawnZone.Corner> corners = new ArrayList<>();
    private Consumer<List<DrawnZone.Corner>> onClosed;
    private boolean active;

    private final EventHandler<MouseEvent> mouse = this::mouse;
    private final EventHandler<KeyEvent> keys = this::key;

    ZoneDrawingTool(MapPane pane, ZoneOutlineLayer layer, Messages messages) {
        this.pane = pane;
        this.layer = layer;
        hint.setText(messages.get("zones.draw.hint"));
        hint.getStyleClass().add("map-hint");
        hint.setId("zone-drawing-hint");
        hint.setStyle("-fx-background-color: rgba(255,255,255,0.92); -fx-padding: 6 10; -fx-background-radius: 4;"
                + " -fx-border-color: #6a1b9a; -fx-border-radius: 4;");
        hint.setMouseTransparent(true);
        hint.setWrapText(true);
        hint.setMaxWidth(460);
        // at the bottom: the official list's legend holds the top left corner
        StackPane.setAlignment(hint, Pos.BOTTOM_CENTER);
        StackPane.setMargin(hint, new javafx.geometry.Insets(0, 0, 28, 0));
    }

    boolean isActive() {
        return active;
    }

    /** Starts drawing; {@code closed} receives the corners once the zone is closed (not when cancelled). */
    void start(Consumer<List<DrawnZone.Corner>> closed) {
        if (active) {
            return;
        }
        active = true;
        onClosed = closed;
        corners.clear();
        pane.addEventFilter(MouseEvent.ANY, mouse);
        pane.addEventFilter(KeyEvent.KEY_PRESSED, keys);
        if (pane.getScene() != null) {
            pane.getScene().addEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        pane.getChildren().add(hint);
        pane.setMarkersLocked(true);
        pane.requestFocus();
        layer.setDrawing(corners, null);
    }

    /** Stops drawing without keeping anything. */
    void cancel() {
        stop();
    }

    private void stop() {
        if (!active) {
            return;
        }
        active = false;
        pane.removeEventFilter(MouseEvent.ANY, mouse);
        pane.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        if (pane.getScene() != null) {
            pane.getScene().removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        pane.getChildren().remove(hint);
        pane.setMarkersLocked(false);
        corners.clear();
        layer.setDrawing(List.of(), null);
    }

    private void close() {
        List<DrawnZone.Corner> done = List.copyOf(corners);
        Consumer<List<DrawnZone.Corner>> then = onClosed;
        stop();
        then.accept(done);
    }

    private void mouse(MouseEvent e) {
        if (e.getEventType() == MouseEvent.MOUSE_MOVED) {
            layer.setDrawing(corners, corners.isEmpty() ? null : at(e));
        } else if (e.getEventType() == MouseEvent.MOUSE_CLICKED && e.getButton() == MouseButton.PRIMARY) {
            e.consume(); // neither a new sighting nor a selection
            if (!e.isStillSincePress()) {
                return; // the end of a pan
            }
            if (e.getClickCount() >= 2) {
                close(); // the double-click's first click already placed the last corner
                return;
            }
            corners.add(at(e));
            layer.setDrawing(corners, null);
        } else if (e.getEventType() == MouseEvent.MOUSE_CLICKED && e.getButton() == MouseButton.SECONDARY) {
            e.consume();
            undoLast();
        }
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            e.consume();
            stop();
        } else if (e.getCode() == KeyCode.ENTER) {
            e.consume();
            close();
        } else if (e.getCode() == KeyCode.BACK_SPACE) {
            e.consume();
            undoLast();
        }
    }

    private void undoLast() {
        if (!corners.isEmpty()) {
            corners.remove(corners.size() - 1);
            layer.setDrawing(corners, null);
        }
    }

    private DrawnZone.Corner at(MouseEvent e) {
        MapPoint p = pane.mapView().getMapPosition(e.getX(), e.getY());
        return new DrawnZone.Corner(p.getLatitude(), p.getLongitude());
    }
}
