package org.contrechamp.core.sighting;

import java.util.Map;
import java.util.Optional;

/** What the camera hangs on: {@code camera:mount}. */
public enum CameraMount implements OsmValue {
    POLE("pole"),
    WALL("wall"),
    STREET_LAMP("street_lamp"),
    TRAFFIC_SIGNALS("traffic_signals"),
    CEILING("ceiling"),
    BUILDING("building"),
    GANTRY("gantry");

    private final String osmValue;

    CameraMount(String osmValue) {
        this.osmValue = osmValue;
    }

    @Override
    public String osmValue() {
        return osmValue;
    }

    public static Optional<CameraMount> fromOsm(String raw) {
        return OsmValue.parse(CameraMount.class, raw, ALIASES);
    }

    /** Spellings seen in real data that mean one of the values (lower case). */
    private static final Map<String, CameraMount> ALIASES = Map.of("traffic_signal", TRAFFIC_SIGNALS, "streetlamp", STREET_LAMP, "street_light", STREET_LAMP);
}
