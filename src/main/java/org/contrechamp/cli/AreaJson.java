package org.contrechamp.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.common.DecimalText;
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
        coordinate(g, b.minLon());
        coordinate(g, b.minLat());
        coordinate(g, b.maxLon());
        coordinate(g, b.maxLat());
        g.writeEndArray();
    }

    /** A coordinate to 7 decimals (OSM's precision), without binary noise such as 7.448637000000001. */
    static void coordinate(JsonGenerator g, double degrees) throws IOException {
        g.writeNumber(DecimalText.coordinate(degrees));
    }

    static void coordinateField(JsonGenerator g, String name, double degrees) throws IOException {
        g.writeFieldName(name);
        coordinate(g, degrees);
    }

    /** A box as typed after --bbox: minLon,minLat,maxLon,maxLat, to 7 decimals, in any locale. */
    static String boxText(BoundingBox b) {
        return DecimalText.coordinate(b.minLon()) + "," + DecimalText.coordinate(b.minLat()) + ","
                + DecimalText.coordinate(b.maxLon()) + "," + DecimalText.coordinate(b.maxLat());
    }

    /** Metres to the centimetre: more is noise. */
    static double metres(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
