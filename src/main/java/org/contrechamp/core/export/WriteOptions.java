package org.contrechamp.core.export;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import org.contrechamp.core.sighting.Sighting;

/**
 * How the writers write, beyond the format: what stands for a sighting's photos, the CSV separator,
 * the readable texts and styling of published maps, fields of view as polygons, and where the OSM
 * writer reports the tags it leaves out. {@link #LISTING} is {@code sightings list}: every field as
 * stored, no styling.
 *
 * @param photos             the names that stand for a sighting's photos (the originals' hashes for a
 *                           local listing; the shared copies' file names, or none, for an export)
 * @param csvSeparator       ',' (RFC 4180) or ';' (French spreadsheets, where ',' is the decimal mark)
 * @param texts              the readable name and description of a sighting, or null for none (no styling)
 * @param fieldOfViewDegrees the angle of the fields of view drawn as polygons (GeoJSON, KML); 0 for none
 * @param leftOut            told of each tag the OSM writer leaves out because OpenStreetMap would refuse it
 */
public record WriteOptions(Function<Sighting, List<String>> photos, char csvSeparator, SightingTexts texts,
                           double fieldOfViewDegrees, Consumer<LeftOutTag> leftOut) {

    public static final WriteOptions LISTING = new WriteOptions(Sighting::photos, ',', null, 0, tag -> { });

    public WriteOptions {
        Objects.requireNonNull(photos, "photos");
        Objects.requireNonNull(leftOut, "leftOut");
        if (csvSeparator != ',' && csvSeparator != ';') {
            throw new IllegalArgumentException("a CSV separator is ',' or ';'");
        }
    }

    public boolean styled() {
        return texts != null;
    }

    public boolean fieldsOfView() {
        return fieldOfViewDegrees > 0;
    }
}
