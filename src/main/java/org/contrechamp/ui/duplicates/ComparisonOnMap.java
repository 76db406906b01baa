package org.contrechamp.ui.duplicates;

import java.util.function.DoubleSupplier;

import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.ui.conflicts.DeskMapLayer;
import org.contrechamp.ui.map.MapPane;

/**
 * Two cameras compared, drawn on the window's map while their page is shown: both positions and cones
 * (the conflicts desk's layer, which draws two versions of a camera the same way), the map brought
 * over both. Hidden with its page, so that it never stands over another page's map.
 */
final class ComparisonOnMap {

    /** Around both cameras, this much of the street is shown (metres). */
    private static final double MARGIN_M = 30;

    private final DeskMapLayer layer;
    private final MapPane map;
    private boolean inView;

    /** @param map the window's map, or null (a page shown alone, in tests) */
    ComparisonOnMap(MapPane map, DoubleSupplier fieldOfViewDegrees) {
        this.map = map;
        this.layer = new DeskMapLayer(fieldOfViewDegrees);
        layer.setVisible(false);
        if (map != null) {
            map.mapView().addLayer(layer);
        }
    }

    void pageShown() {
        inView = true;
        layer.setVisible(true);
    }

    void pageHidden() {
        inView = false;
        layer.setVisible(false);
    }

    /** Draws both (and, while the page is in view, brings the map over them); null: nothing. */
    void show(Sighting left, String leftLabel, Sighting right, String rightLabel) {
        if (left == null || right == null) {
            layer.clear();
            return;
        }
        layer.show(null, Version.of(left), Version.of(right), leftLabel, rightLabel);
        if (map != null && inView) {
            map.fitAround(left.position(), right.position(), MARGIN_M);
        }
    }
}
