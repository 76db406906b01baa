package org.contrechamp.ui.map;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

import com.gluonhq.maps.MapLayer;

import org.contrechamp.core.sighting.Direction;
import org.contrechamp.core.sighting.Sighting;

/**
 * The sightings as markers on the map: a dot per sighting, a short line per direction it looks in,
 * the selected one ringed. Clicking a marker selects it (and does not create a new sighting).
 */
public final class SightingMarkersLayer extends MapLayer {

    private static final double DOT_RADIUS = 6;
    private static final double DIRECTION_LENGTH = 22;

    private final ObjectProperty<Sighting> selected;
    private final Consumer<Sighting> onClick;
    private final Map<UUID, Marker> markers = new HashMap<>();

    public SightingMarkersLayer(ObservableList<Sighting> sightings, ObjectProperty<Sighting> selected,
            Consumer<Sighting> onClick) {
        this.selected = selected;
        this.onClick = onClick;
        sightings.addListener((ListChangeListener<Sighting>) change -> rebuild(sightings));
        selected.addListener((obs, was, is) -> {
            if (was != null && markers.containsKey(was.id())) {
                markers.get(was.id()).setSelected(false);
            }
            if (is != null && markers.containsKey(is.id())) {
                markers.get(is.id()).setSelected(true);
                markers.get(is.id()).toFront();
            }
        });
        rebuild(sightings);
    }

    private void rebuild(ObservableList<Sighting> sightings) {
        getChildren().clear();
        markers.clear();
        for (Sighting s : sightings) {
            Marker marker = new Marker(s);
            marker.setSelected(selected.get() != null && selected.get().id().equals(s.id()));
            markers.put(s.id(), marker);
            getChildren().add(marker);
        }
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        for (Marker marker : markers.values()) {
            Point2D p = getMapPoint(marker.sighting.position().latitude(), marker.sighting.position().longitude());
            marker.setTranslateX(p.getX());
            marker.setTranslateY(p.getY());
        }
    }

    /** One sighting on the map. */
    private final class Marker extends Group {
        private final Sighting sighting;
        private final Circle dot = new Circle(DOT_RADIUS);

        Marker(Sighting sighting) {
            this.sighting = sighting;
            getStyleClass().add("sighting-marker");
            dot.getStyleClass().add("sighting-dot");
            if (sighting.draft()) {
                dot.getStyleClass().add("draft");
            }
            dot.getStyleClass().add("status-" + sighting.status().osmValue());
            for (Direction d : sighting.directions()) {
                double angle = Math.toRadians(d.centre());
                Line line = new Line(0, 0, Math.sin(angle) * DIRECTION_LENGTH, -Math.cos(angle) * DIRECTION_LENGTH);
                line.getStyleClass().add("sighting-direction");
                getChildren().add(line);
            }
            getChildren().add(dot);
            setOnMouseClicked(e -> {
                onClick.accept(this.sighting);
                e.consume();
            });
            // A press on a marker must not start a map pan or a "new sighting" click.
            setOnMousePressed(e -> e.consume());
        }

        void setSelected(boolean value) {
            dot.getStyleClass().remove("selected");
            if (value) {
                dot.getStyleClass().add("selected");
            }
            dot.setRadius(value ? DOT_RADIUS + 2 : DOT_RADIUS);
        }
    }
}
