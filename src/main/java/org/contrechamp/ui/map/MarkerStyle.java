package org.contrechamp.ui.map;

import javafx.scene.paint.Color;

import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.Status;

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
        if (kind == null) {
            return Color.web("#57606a");
        }
        return switch (kind) {
            case CAMERA -> Color.web("#cf222e");
            case ALPR -> Color.web("#8250df");
            case GUARD -> Color.web("#0550ae");
            case GUNSHOT_DETECTOR -> Color.web("#bc4c00");
            case MICROPHONE -> Color.web("#bf3989");
        };
    }

    static Color colour(Sighting s) {
        return s.status() == Status.REMOVED ? Color.web("#8c959f") : colour(s.kind());
    }
}
