package org.contrechamp.core.sighting;

import java.util.Map;
import java.util.Optional;

/** What watches: {@code surveillance:type}; microphones (other than gunshot detectors) have no OSM tag and stay local. */
public enum Kind implements OsmValue {
    CAMERA("camera"),
    ALPR("ALPR"),
    GUARD("guard"),
    GUNSHOT_DETECTOR("gunshot_detector"),
    MICROPHONE("microphone");

    private final String osmValue;

    Kind(String osmValue) {
        this.osmValue = osmValue;
    }

    @Override
    public String osmValue() {
        return osmValue;
    }

    public static Optional<Kind> fromOsm(String raw) {
        return OsmValue.parse(Kind.class, raw, ALIASES);
    }

    /** Spellings seen in real data that mean one of the values (lower case). */
    private static final Map<String, Kind> ALIASES = Map.of("alpr", ALPR, "anpr", ALPR, "gunshot", GUNSHOT_DETECTOR);
}
