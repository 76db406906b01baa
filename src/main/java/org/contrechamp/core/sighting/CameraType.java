package org.contrechamp.core.sighting;

import java.util.Map;
import java.util.Optional;

/** The body of the camera: {@code camera:type}; panorama and doorbell exist in the wild. */
public enum CameraType implements OsmValue {
    FIXED("fixed"),
    DOME("dome"),
    PANNING("panning"),
    PANORAMA("panorama"),
    DOORBELL("doorbell");

    private final String osmValue;

    CameraType(String osmValue) {
        this.osmValue = osmValue;
    }

    @Override
    public String osmValue() {
        return osmValue;
    }

    public static Optional<CameraType> fromOsm(String raw) {
        return OsmValue.parse(CameraType.class, raw, ALIASES);
    }

    /** Spellings seen in real data that mean one of the values (lower case). */
    private static final Map<String, CameraType> ALIASES = Map.of("ptz", PANNING);
}
