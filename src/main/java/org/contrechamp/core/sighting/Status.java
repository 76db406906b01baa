package org.contrechamp.core.sighting;

import java.util.Map;
import java.util.Optional;

/** Whether the device is still there (local, not an OSM tag); a removed camera stays in history. */
public enum Status implements OsmValue {
    ACTIVE("active"),
    REMOVED("removed"),
    UNSURE("unsure");

    private final String osmValue;

    Status(String osmValue) {
        this.osmValue = osmValue;
    }

    @Override
    public String osmValue() {
        return osmValue;
    }

    public static Optional<Status> fromOsm(String raw) {
        return OsmValue.parse(Status.class, raw, ALIASES);
    }

    /** Spellings seen in real data that mean one of the values (lower case). */
    private static final Map<String, Status> ALIASES = Map.of();
}
