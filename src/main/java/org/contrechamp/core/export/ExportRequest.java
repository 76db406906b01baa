package org.contrechamp.core.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the user asked to export: {@code export --format F --out FILE} and its options, or the
 * window's Export dialog.
 *
 * @param includeDrafts      false (the default): reviewed sightings only, as a campaign publishes
 * @param since              only sightings dated on or after this day (surveyed, else recorded), or null
 * @param zone               only sightings of this zone (see {@link Zones}), or null for all
 * @param photosFolder       where the shared copies of the photos go, or null for no photos
 * @param csvSeparator       ',' or ';' (CSV only)
 * @param fieldOfViewDegrees the angle of the fields of view written as polygons (GeoJSON, KML), 0 for none
 * @param texts              the readable names and descriptions, in the user's language
 */
public record ExportRequest(SightingFormat format, Path out, boolean includeDrafts, LocalDate since, String zone,
                            Path photosFolder, char csvSeparator, double fieldOfViewDegrees, SightingTexts texts) {

    public ExportRequest {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(texts, "texts");
        if (!SightingFormat.EXPORTS.contains(format)) {
            throw new IllegalArgumentException("not an export format: " + format);
        }
        zone = zone == null || zone.isBlank() ? null : zone.strip();
    }

    /** The usual request: reviewed sightings, all dates and places, no photos, comma, no fields of view. */
    public static ExportRequest of(SightingFormat format, Path out, SightingTexts texts) {
        return new ExportRequest(format, out, false, null, null, null, ',', 0, texts);
    }

    public ExportRequest withDrafts(boolean value) {
        return new ExportRequest(format, out, value, since, zone, photosFolder, csvSeparator, fieldOfViewDegrees, texts);
    }

    public ExportRequest withSince(LocalDate value) {
        return new ExportRequest(format, out, includeDrafts, value, zone, photosFolder, csvSeparator, fieldOfViewDegrees, texts);
    }

    public ExportRequest withZone(String value) {
        return new ExportRequest(format, out, includeDrafts, since, value, photosFolder, csvSeparator, fieldOfViewDegrees, texts);
    }

    public ExportRequest withPhotos(Path value) {
        return new ExportRequest(format, out, includeDrafts, since, zone, value, csvSeparator, fieldOfViewDegrees, texts);
    }

    public ExportRequest withCsvSeparator(char value) {
        return new ExportRequest(format, out, includeDrafts, since, zone, photosFolder, value, fieldOfViewDegrees, texts);
    }

    public ExportRequest withFieldsOfView(double degrees) {
        return new ExportRequest(format, out, includeDrafts, since, zone, photosFolder, csvSeparator, degrees, texts);
    }
}
