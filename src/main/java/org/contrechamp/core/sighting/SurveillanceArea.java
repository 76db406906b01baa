package org.contrechamp.core.sighting;

import java.util.Map;
import java.util.Optional;

/** Where the surveillance looks: {@code surveillance}. */
public enum SurveillanceArea implements OsmValue {
    PUBLIC("public"),
    OUTDOOR("outdoor"),
    INDOOR("indoor");

    private final String osmValue;

    SurveillanceArea(String osmValue) {
        this.osmValue = osmValue;
    }

    @Override
    public String osmValue() {
        return osmValue;
    }

    public static Optional<SurveillanceArea> fromOsm(String raw) {
        return OsmValue.parse(SurveillanceArea.class, raw, ALIASES);
    }

    /** Spellings seen in real data that mean one of the values (lower case). */
    private static final Map<String, SurveillanceArea> ALIASES = Map.of();
}
