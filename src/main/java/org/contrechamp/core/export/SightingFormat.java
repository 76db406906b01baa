package org.contrechamp.core.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The forms a list of sightings can be written in. */
public enum SightingFormat {
    /** An array of sightings as {@code SightingJson} objects, each with its OSM tags. */
    JSON("json"),
    /** One row per sighting: local fields, then the modelled OSM tags, then the other tags. */
    CSV("csv"),
    /** An RFC 7946 FeatureCollection: Point geometries, the id and the OSM tags as properties. */
    GEOJSON("geojson"),
    /** OpenStreetMap XML for JOSM: new nodes with negative ids. */
    OSM("osm"),
    /** KML 2.2 for Google Earth and Organic Maps. */
    KML("kml");

    /** What {@code export --format} takes: the published forms (JSON is Contrechamp's own listing). */
    public static final List<SightingFormat> EXPORTS = List.of(GEOJSON, OSM, CSV, KML);
    /** What {@code sightings list --format} takes. */
    public static final List<SightingFormat> LISTINGS = List.of(JSON, CSV, GEOJSON);

    private final String extension;

    SightingFormat(String extension) {
        this.extension = extension;
    }

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

    /** The usual file-name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The names of some formats as a usage message lists them: "geojson, osm, csv, kml". */
    public static String names(List<SightingFormat> formats) {
        return String.join(", ", formats.stream().map(SightingFormat::cliName).toList());
    }
}
