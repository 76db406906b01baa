package org.contrechamp.core.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;

/** A JSON array of sightings, each with its OSM tags. */
final class JsonSightingWriter implements SightingWriter {

    private final JsonGenerator g;
    private final SightingJson.ExtraFields extra;

    JsonSightingWriter(Writer out, SightingJson.ExtraFields extra) throws IOException {
        this.extra = extra;
        g = new JsonFactory().createGenerator(out);
        g.setPrettyPrinter(new DefaultPrettyPrinter());
        g.writeStartArray();
    }

    @Override
    public void write(Sighting sighting) {
        SightingJson.writeWithTags(sighting, g, extra);
    }

    @Override
    public void close() {
        try {
            g.writeEndArray();
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
