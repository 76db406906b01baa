package org.contrechamp.storage.area;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.geo.BoundingBox;

/**
 * The JSON kept in the area file: the {@link AreaSummary} in {@code area_meta} and camera tags. Written
 * and read with Jackson's streaming API: opening a data directory must stay quick, and the data-binding
 * layer costs a few hundred classes to load.
 */
final class SummaryJson {

    private static final JsonFactory JSON = new JsonFactory();

    private SummaryJson() {
    }

    static String write(AreaSummary s) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("source", s.source());
            g.writeStringField("importedAt", s.importedAt().toString());
            g.writeStringField("dataTimestamp", s.dataTimestamp() == null ? null : s.dataTimestamp().toString());
            box(g, "bounds", s.bounds());
            box(g, "dataBounds", s.dataBounds());
            g.writeNumberField("nodes", s.nodes());
            g.writeNumberField("ways", s.ways());
            g.writeNumberField("relations", s.relations());
            g.writeNumberField("streets", s.streets());
            g.writeNumberField("streetNames", s.streetNames());
            g.writeNumberField("buildings", s.buildings());
            g.writeNumberField("cameras", s.cameras());
            g.writeNumberField("addresses", s.addresses());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static AreaSummary read(String text) throws IOException {
        Map<String, String> values = new HashMap<>();
        Map<String, List<Double>> boxes = new HashMap<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("the area summary is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.getCurrentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_ARRAY) {
                    List<Double> numbers = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        numbers.add(p.getDoubleValue());
                    }
                    boxes.put(name, numbers);
                } else if (value.isStructStart()) {
                    p.skipChildren();
                } else if (value != JsonToken.VALUE_NULL) {
                    values.put(name, p.getText());
                }
            }
        }
        String timestamp = values.get("dataTimestamp");
        return new AreaSummary(values.get("id"), values.get("source"), Instant.parse(values.get("importedAt")),
                timestamp == null ? null : Instant.parse(timestamp), box(boxes.get("bounds")), box(boxes.get("dataBounds")),
                number(values, "nodes"), number(values, "ways"), number(values, "relations"), (int) number(values, "streets"),
                (int) number(values, "streetNames"), (int) number(values, "buildings"), (int) number(values, "cameras"),
                (int) number(values, "addresses"));
    }

    static String writeTags(Map<String, String> tags) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            for (Map.Entry<String, String> tag : tags.entrySet()) {
                g.writeStringField(tag.getKey(), tag.getValue());
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    static Map<String, String> readTags(String text) throws IOException {
        Map<String, String> tags = new TreeMap<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("camera tags are not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.getCurrentName();
                p.nextToken();
                tags.put(key, p.getText());
            }
        }
        return tags;
    }

    private static long number(Map<String, String> values, String name) throws IOException {
        try {
            return Long.parseLong(values.getOrDefault(name, "0"));
        } catch (NumberFormatException e) {
            throw new IOException("unreadable " + name + " in the area summary", e);
        }
    }

    private static void box(JsonGenerator g, String name, BoundingBox b) throws IOException {
        g.writeArrayFieldStart(name);
        g.writeNumber(b.minLon());
        g.writeNumber(b.minLat());
        g.writeNumber(b.maxLon());
        g.writeNumber(b.maxLat());
        g.writeEndArray();
    }

    private static BoundingBox box(List<Double> numbers) throws IOException {
        if (numbers == null || numbers.size() != 4) {
            throw new IOException("the area summary has no box");
        }
        return new BoundingBox(numbers.get(0), numbers.get(1), numbers.get(2), numbers.get(3));
    }
}
