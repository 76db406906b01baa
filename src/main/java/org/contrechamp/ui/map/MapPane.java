package org.contrechamp.ui.map;

import java.util.function.BiConsumer;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;

import com.gluonhq.maps.MapPoint;
import com.gluonhq.maps.MapView;

import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Sighting;

/**
 * The map with the sightings on it. A click on the map (not a drag, not on a marker) asks for a new
 * sighting there; selecting a sighting elsewhere centres the map on it if it is out of view. The
 * attribution of the current tiles stays in the corner.
 */
public final class MapPane extends StackPane {

    private final MapView map = new MapView();
    private final Label attribution = new Label();

    public MapPane(Messages messages, ObservableList<Sighting> sightings, ObjectProperty<Sighting> selected,
            BiConsumer<Double, Double> onMapClick) {
        getStyleClass().add("map-pane");
        map.setAccessibleText(messages.get("map.accessible"));
        map.addLayer(new SightingMarkersLayer(sightings, selected, selected::set));
        map.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress() && !e.isConsumed()) {
                MapPoint point = map.getMapPosition(e.getX(), e.getY());
                onMapClick.accept(point.getLatitude(), point.getLongitude());
            }
        });
        attribution.getStyleClass().add("map-attribution");
        attribution.setMouseTransparent(true);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        getChildren().addAll(map, attribution);
        refreshAttribution();
    }

    public MapView mapView() {
        return map;
    }

    /** Shows the credit line of the tiles in use (e.g. "© OpenStreetMap contributors"). */
    public void refreshAttribution() {
        String text = MapTiles.current() == null ? "" : MapTiles.current().attribution();
        attribution.setText(text);
        attribution.setVisible(!text.isEmpty());
    }

    public void centreOn(double latitude, double longitude) {
        map.setCenter(latitude, longitude);
    }

    public void setView(double latitude, double longitude, double zoom) {
        map.setZoom(zoom);
        map.setCenter(latitude, longitude);
    }
}
