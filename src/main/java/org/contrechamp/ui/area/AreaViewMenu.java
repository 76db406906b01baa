package org.contrechamp.ui.area;

import java.util.List;

import javafx.beans.value.ObservableObjectValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.i18n.Messages;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.ui.common.StatusLine;
import org.contrechamp.ui.map.MapPane;

/**
 * The View menu's ways back when the map is somewhere else: <i>Back to the area</i> (after photos
 * taken far away pulled the map there), <i>Go to the selection</i>, and <i>Map drawn from the area</i>,
 * checked while that map is the one shown.
 */
public final class AreaViewMenu {

    /** The zoom a selected sighting is shown at: its street and neighbours in view. */
    static final double SELECTION_ZOOM = 17;

    private final Messages messages;
    private final AreaController area;
    private final MapPane map;
    private final ObservableObjectValue<Sighting> selected;
    private final StatusLine status;

    public AreaViewMenu(Messages messages, AreaController area, MapPane map, ObservableObjectValue<Sighting> selected,
            StatusLine status) {
        this.messages = messages;
        this.area = area;
        this.map = map;
        this.selected = selected;
        this.status = status;
        // The way back is said over the map whenever the area is out of view.
        map.mapView().addLayer(new OutsideAreaHint(messages, area.boundsProperty()));
    }

    public List<MenuItem> items() {
        MenuItem back = new MenuItem(messages.get("menu.back-to-area"));
        back.setId("menu.back-to-area");
        back.setAccelerator(OutsideAreaHint.BACK);
        back.setOnAction(e -> backToArea());
        MenuItem toSelection = new MenuItem(messages.get("menu.go-to-selection"));
        toSelection.setId("menu.go-to-selection");
        toSelection.setAccelerator(new KeyCodeCombination(KeyCode.G, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        toSelection.setOnAction(e -> goToSelection());
        CheckMenuItem drawn = new CheckMenuItem(messages.get("menu.drawn-map"));
        drawn.setId("menu.drawn-map");
        drawn.setSelected(area.drawnShownProperty().get());
        area.drawnShownProperty().addListener((obs, was, is) -> drawn.setSelected(is));
        drawn.setOnAction(e -> {
            // Choosing it draws the area again; it cannot be "unchosen" into no map at all.
            drawn.setSelected(area.drawnShownProperty().get());
            if (!area.drawnShownProperty().get()) {
                area.useDrawnArea();
            }
        });
        return List.of(drawn, back, toSelection);
    }

    /** Fits the loaded area in view; without one, says how to load one. */
    public void backToArea() {
        BoundingBox bounds = area.boundsProperty().get();
        if (bounds == null) {
            status.info(messages.get("map.no-area-yet"));
            return;
        }
        map.fitTo(bounds);
    }

    /** Centres the map on the selected sighting, close enough to see its street. */
    public void goToSelection() {
        Sighting shown = selected.get();
        if (shown == null) {
            status.info(messages.get("map.no-selection"));
            return;
        }
        map.setView(shown.position().latitude(), shown.position().longitude(),
                Math.max(SELECTION_ZOOM, map.mapView().getZoom()));
    }
}
