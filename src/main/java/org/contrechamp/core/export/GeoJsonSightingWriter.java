package org.contrechamp.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingTags;

/**
 * An RFC 7946 FeatureCollection, ready for uMap, QGIS or JOSM: one Point per sighting
 * ({@code [lon, lat]}, coordinates exactly as stored), with {@code id} and the OSM tags as properties.
 */
final class GeoJsonSightingWriter implements SightingWriter {

    private final JsonGenerator g;

    GeoJsonSightingWriter(Writer out) throws IOException {
        g = new JsonFactory().createGenerator(out);
        g.writeStartObject();
        g.writeStringField("type", "FeatureCollection");
        g.writeArrayFieldStart("features");
    }

    @Override
    public void write(Sighting s) {
        try {
            String id = s.id().toString();
            g.writeRaw('\n');
            g.writeStartObject();
            g.writeStringField("type", "Feature");
            g.writeStringField("id", id);
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(s.position().longitude());
            g.writeNumber(s.position().latitude());
            g.writeEndArray();
            g.writeEndObject();
            g.writeObjectFieldStart("properties");
            g.writeStringField("id", id);
            for (Map.Entry<String, String> tag : SightingTags.toTags(s, true).entrySet()) {
                g.writeStringField(tag.getKey(), tag.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
