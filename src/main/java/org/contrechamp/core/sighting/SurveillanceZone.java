package org.contrechamp.core.sighting;

import java.util.Map;
import java.util.Optional;

/** What the surveillance is for: {@code surveillance:zone}. */
public enum SurveillanceZone implements OsmValue {
    TOWN("town"),
    TRAFFIC("traffic"),
    PARKING("parking"),
    SHOP("shop"),
    BANK("bank"),
    BUILDING("building"),
    ENTRANCE("entrance"),
    PUBLIC_TRANSPORT_PLATFORM("public_transport_platform");

    private final String osmValue;

    SurveillanceZone(String osmValue) {
        this.osmValue = osmValue;
    }

    @Override
    public String osmValue() {
        return osmValue;
    }

    public static Optional<SurveillanceZone> fromOsm(String raw) {
        return OsmValue.parse(SurveillanceZone.class, raw, ALIASES);
    }

    /** Spellings seen in real data that mean one of the values (lower case). */
    private static final Map<String, SurveillanceZone> ALIASES = Map.of();
}
