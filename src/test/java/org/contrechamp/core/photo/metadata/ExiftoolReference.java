package org.contrechamp.core.photo.metadata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.testing.Fixtures;

/**
 * exiftool 12.57's answers ({@code -json -n}) for every fixture photo, and the rules by which our
 * reading must agree with them: position within 1e-6°, none where exiftool has none or 0/0,
 * direction within 0.01°, the same orientation, the same DateTimeOriginal to the second.
 */
public final class ExiftoolReference {

    public static final String FOLDER = "photos";

    /** One file as exiftool saw it. */
    public record Entry(Path file, String relative, Double lat, Double lon, Double direction, Integer orientation,
                        String dateTimeOriginal) {

        /** Whether exiftool found a usable position (not absent, not 0/0). */
        public boolean hasPosition() {
            return lat != null && lon != null && !(lat == 0 && lon == 0);
        }

        /** exiftool's DateTimeOriginal as ISO local date-time to the second ({@code 2008-10-22T16:28:39}). */
        public String isoSecond() {
            if (dateTimeOriginal == null || dateTimeOriginal.length() < 19) {
                return null;
            }
            String t = dateTimeOriginal.substring(0, 19);
            return t.substring(0, 10).replace(':', '-') + "T" + t.substring(11);
        }
    }

    private ExiftoolReference() {
    }

    /** Every image of the fixtures, skipping the calling test when the fixtures are absent. */
    public static List<Entry> entries() throws IOException {
        Path folder = Fixtures.require(FOLDER);
        JsonNode all = new ObjectMapper().readTree(folder.resolve("REFERENCE_exiftool_selected.json").toFile());
        List<Entry> entries = new ArrayList<>();
        for (JsonNode e : all) {
            String relative = e.get("SourceFile").asText();
            entries.add(new Entry(folder.resolve(relative), relative, number(e, "GPSLatitude"), number(e, "GPSLongitude"),
                    number(e, "GPSImgDirection"), e.hasNonNull("Orientation") ? e.get("Orientation").asInt() : null,
                    e.hasNonNull("DateTimeOriginal") ? e.get("DateTimeOriginal").asText() : null));
        }
        return entries;
    }

    private static Double number(JsonNode e, String field) {
        JsonNode n = e.get(field);
        return n == null || !n.isNumber() ? null : n.asDouble();
    }
}
