package org.contrechamp.ui.duplicates;

import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.ui.map.MapPane;

/** Brings two cameras into the map's view, with some of the street around both. */
final class PairOnMap {

    /** Around both cameras, this much of the street is shown (metres). */
    private static final double MARGIN_M = 30;

    private PairOnMap() {
    }

    static void fit(MapPane map, Position a, Position b) {
        try {
            BoundingBox x = BoundingBox.around(a.latitude(), a.longitude(), MARGIN_M);
            BoundingBox y = BoundingBox.around(b.latitude(), b.longitude(), MARGIN_M);
            map.fitTo(new BoundingBox(Math.min(x.minLon(), y.minLon()), Math.min(x.minLat(), y.minLat()),
                    Math.max(x.maxLon(), y.maxLon()), Math.max(x.maxLat(), y.maxLat())));
        } catch (IllegalArgumentException outOfTheWorld) {
            // A position no map can show: the fields still say what each holds.
        }
    }
}
