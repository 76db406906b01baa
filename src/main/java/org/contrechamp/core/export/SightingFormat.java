package org.contrechamp.core.export;

import java.util.Locale;
import java.util.Optional;

/** The forms a list of sightings can be written in. */
public enum SightingFormat {
    /** An array of sightings as {@code SightingJson} objects, each with its OSM tags. */
    JSON,
    /** One row per sighting: local fields, then the modelled OSM tags, then the other tags. */
    CSV,
    /** An RFC 7946 FeatureCollection: Point geometries, the id and the OSM tags as properties. */
    GEOJSON;

    public static Optional<SightingFormat> parse(String name) {
        for (SightingFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
