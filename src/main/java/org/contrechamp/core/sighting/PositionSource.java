package org.contrechamp.core.sighting;

import java.util.Map;
import java.util.Optional;

/** Where a sightings position came from (local). */
public enum PositionSource implements OsmValue {
    EXIF("exif"),
    GPX("gpx"),
    MANUAL("manual");

    private final String osmValue;

    PositionSource(String osmValue) {
        this.osmValue = osmValue;
    }

    @Override
    public String osmValue() {
        return osmValue;
    }

    public static Optional<PositionSource> fromOsm(String raw) {
        return OsmValue.parse(PositionSource.class, raw, ALIASES);
    }

    /** Spellings seen in real data that mean one of the values (lower case). */
    private static final Map<String, PositionSource> ALIASES = Map.of();
}
