package org.contrechamp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.geo.BoundingBox;

/** JSON output of the area commands: pretty-printed, one document, a newline at the end. */
final class AreaJson {

    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private AreaJson() {
    }

    static void print(PrintStream out, Body body) {
        try {
            JsonGenerator g = new JsonFactory().createGenerator(out);
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            body.write(g);
            g.writeRaw('\n');
            g.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
    }

    /** The area's summary; the keys of {@code area import --json} (see docs/area.md). */
    static void summary(JsonGenerator g, AreaSummary s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("ways", s.ways());
        g.writeNumberField("streets", s.streets());
        g.writeNumberField("streetNames", s.streetNames());
        g.writeNumberField("buildings", s.buildings());
        g.writeNumberField("cameras", s.cameras());
        g.writeNumberField("addresses", s.addresses());
        g.writeNumberField("nodes", s.nodes());
        g.writeNumberField("relations", s.relations());
        g.writeFieldName("bounds");
        box(g, s.bounds());
        g.writeFieldName("dataBounds");
        box(g, s.dataBounds());
        g.writeStringField("source", s.source());
        g.writeStringField("dataTimestamp", s.dataTimestamp() == null ? null : s.dataTimestamp().toString());
        g.writeStringField("importedAt", s.importedAt().toString());
        g.writeEndObject();
    }

    static void box(JsonGenerator g, BoundingBox b) throws IOException {
        g.writeStartArray();
        g.writeNumber(b.minLon());
        g.writeNumber(b.minLat());
        g.writeNumber(b.maxLon());
        g.writeNumber(b.maxLat());
        g.writeEndArray();
    }

    /** Metres to the centimetre: more is noise. */
    static double metres(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
