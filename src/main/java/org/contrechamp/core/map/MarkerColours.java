package org.contrechamp.core.map;

import org.contrechamp.core.sighting.Kind;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.Status;

/**
 * The colour of a sighting's marker, as {@code #rrggbb}: one per kind (so that number-plate readers
 * stand out from cameras), grey once removed. The window's map and the exported maps (uMap, KML) use
 * the same colours, so that a campaign's published map reads like the one its volunteers drew.
 */
public final class MarkerColours {

    /** A camera seen removed: grey, whatever its kind. */
    public static final String REMOVED = "#8c959f";

    private MarkerColours() {
    }

    public static String of(Kind kind) {
        if (kind == null) {
            return "#57606a";
        }
        return switch (kind) {
            case CAMERA -> "#cf222e";
            case ALPR -> "#8250df";
            case GUARD -> "#0550ae";
            case GUNSHOT_DETECTOR -> "#bc4c00";
            case MICROPHONE -> "#bf3989";
        };
    }

    public static String of(Sighting s) {
        return s.status() == Status.REMOVED ? REMOVED : of(s.kind());
    }
}
