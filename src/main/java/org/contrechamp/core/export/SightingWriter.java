package org.contrechamp.core.export;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;

/**
 * Writes sightings one at a time, so that a list of 100,000 streams out without being held in
 * memory. Open with {@link #open}, {@link #write} each, then {@link #close} (which ends the document
 * and flushes, but leaves the underlying stream open). One writer per format, for the listing and the
 * export alike: {@link WriteOptions} says how.
 */
public interface SightingWriter extends Closeable {

    void write(Sighting sighting);

    @Override
    void close();

    static SightingWriter open(SightingFormat format, OutputStream out) {
        return open(format, out, null);
    }

    /** Like {@link #open(SightingFormat, OutputStream)}; the JSON form also gets {@code extra}'s fields. */
    static SightingWriter open(SightingFormat format, OutputStream out, SightingJson.ExtraFields extra) {
        return open(format, out, WriteOptions.LISTING, extra);
    }

    static SightingWriter open(SightingFormat format, OutputStream out, WriteOptions options,
            SightingJson.ExtraFields extra) {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        try {
            return switch (format) {
                case JSON -> new JsonSightingWriter(writer, extra);
                case CSV -> new CsvSightingWriter(writer, options);
                case GEOJSON -> new GeoJsonSightingWriter(writer, options);
                case OSM -> new OsmXmlSightingWriter(writer, options);
                case KML -> new KmlSightingWriter(writer, options);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
