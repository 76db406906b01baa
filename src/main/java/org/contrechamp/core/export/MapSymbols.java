package org.contrechamp.core.export;

import org.contrechamp.core.sighting.Kind;

/**
 * The symbol a published map puts in a marker, by kind: uMap shows a character given as
 * {@code iconUrl} inside its marker, so no image has to be hosted anywhere.
 */
final class MapSymbols {

    private MapSymbols() {
    }

    static String of(Kind kind) {
        if (kind == null) {
            return "?";
        }
        return switch (kind) {
            case CAMERA -> "\uD83D\uDCF7";           // camera
            case ALPR -> "\uD83D\uDE98";             // oncoming car
            case GUARD -> "\uD83D\uDC6E";            // police officer
            case GUNSHOT_DETECTOR -> "\uD83D\uDCA5"; // collision
            case MICROPHONE -> "\uD83C\uDFA4";       // microphone
        };
    }
}
