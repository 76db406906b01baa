package org.contrechamp.ui.sighting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Window;

import com.gluonhq.maps.MapPoint;

import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.ui.common.DialogButtons;
import org.contrechamp.ui.common.Distances;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.map.MapPane;

/**
 * Adding a sighting by hand, deliberately: a double click on an empty spot of the map, or
 * <i>Edit ▸ Add a sighting</i> (Ctrl+N) at the centre of the map. A single click adds nothing (it
 * says how to add, once in a while); it only places a photo that waits to be placed. A spot outside
 * the loaded area is asked about first. The new sighting is surveyed today, and Ctrl+Z takes it back.
 */
public final class MapAdding {

    private final Messages messages;
    private final MapPane map;
    private final SightingsViewModel sightings;
    private final ObservableObjectValue<BoundingBox> area;
    private final StatusLine status;
    private final Supplier<Window> owner;
    private final Clock clock;
    /** Asks whether to add outside the area; replaced in tests, whose robot cannot answer a dialog. */
    private OutsideQuestion outsideQuestion = this::askOutside;

    /** Whether adding at a spot this far outside the area goes ahead. */
    @FunctionalInterface
    public interface OutsideQuestion {
        boolean addAnyway(double metersOutside);
    }

    /**
     * @param placing whether a single click places something else (a photo waiting to be placed)
     * @param area    the loaded area's bounds, null while there is none
     */
    public MapAdding(Messages messages, MapPane map, SightingsViewModel sightings, BooleanExpression placing,
            ObservableObjectValue<BoundingBox> area, StatusLine status, Supplier<Window> owner, Clock clock) {
        this.messages = messages;
        this.map = map;
        this.sightings = sightings;
        this.area = area;
        this.status = status;
        this.owner = owner;
        this.clock = clock;
        map.clickPlacesProperty().bind(placing);
        map.setOnPlainClick(() -> status.info(messages.get("map.add-how")));
    }

    public void setOutsideQuestion(OutsideQuestion question) {
        outsideQuestion = question;
    }

    /** Edit ▸ Add a sighting (Ctrl+N): at the centre of the map. */
    public MenuItem menuItem() {
        MenuItem item = new MenuItem(messages.get("menu.add-sighting"));
        item.setId("menu.add-sighting");
        item.setAccelerator(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN));
        item.setOnAction(e -> {
            MapPoint centre = map.mapView().getCenter();
            addAt(centre.getLatitude(), centre.getLongitude());
        });
        return item;
    }

    /** A new sighting at this spot; outside the loaded area only once the volunteer said yes. */
    public void addAt(double latitude, double longitude) {
        BoundingBox bounds = area.get();
        double outside = bounds == null ? 0 : bounds.distanceMeters(latitude, longitude);
        if (outside > 0 && !outsideQuestion.addAnyway(outside)) {
            status.info(messages.get("map.add-outside-declined"));
            return;
        }
        sightings.createAt(latitude, longitude, LocalDate.now(clock));
    }

    private boolean askOutside(double metersOutside) {
        ButtonType add = new ButtonType(messages.get("map.add-outside-yes"), ButtonType.OK.getButtonData());
        Alert ask = new Alert(Alert.AlertType.CONFIRMATION,
                messages.get("map.add-outside-detail", Distances.format(messages, metersOutside)),
                add, DialogButtons.cancel(messages));
        ask.initOwner(owner.get());
        ask.setHeaderText(messages.get("map.add-outside-title"));
        return ask.showAndWait().orElse(null) == add;
    }
}
