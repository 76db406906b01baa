package org.contrechamp.ui.map;

import javafx.scene.paint.Color;

import org.contrechamp.core.map.MarkerColours;
import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Sighting;

/**
 * How a sighting looks on the map: a colour per kind (so ALPR readers stand out from cameras), and a
 * shape per state: a filled dot when confirmed, a hollow ring while it is a draft to review, grey
 * with a cross once removed, a dashed ring when unsure.
 */
final class MarkerStyle {

    static final Color SELECTION = Color.web("#0969da");

    private MarkerStyle() {
    }

    static Color colour(Kind kind) {
        return Color.web(MarkerColours.of(kind));
    }

    static Color colour(Sighting s) {
        return Color.web(MarkerColours.of(s));
    }
}
