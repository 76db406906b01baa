package org.contrechamp.storage.area;

import java.time.Instant;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.contrechamp.core.area.AreaSummary;
import org.contrechamp.core.geo.BoundingBox;

/** The {@link AreaSummary} as it is kept in the area file's {@code area_meta} table. */
final class SummaryJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SummaryJson() {
    }

    static String write(AreaSummary s) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", s.id());
        o.put("source", s.source());
        o.put("importedAt", s.importedAt().toString());
        o.put("dataTimestamp", s.dataTimestamp() == null ? null : s.dataTimestamp().toString());
        box(o.putArray("bounds"), s.bounds());
        box(o.putArray("dataBounds"), s.dataBounds());
        o.put("nodes", s.nodes());
        o.put("ways", s.ways());
        o.put("relations", s.relations());
        o.put("streets", s.streets());
        o.put("streetNames", s.streetNames());
        o.put("buildings", s.buildings());
        o.put("cameras", s.cameras());
        o.put("addresses", s.addresses());
        return o.toString();
    }

    static AreaSummary read(String text) throws JsonProcessingException {
        JsonNode o = JSON.readTree(text);
        String timestamp = o.path("dataTimestamp").isTextual() ? o.get("dataTimestamp").asText() : null;
        return new AreaSummary(o.path("id").asText(), o.path("source").asText(), Instant.parse(o.path("importedAt").asText()),
                timestamp == null ? null : Instant.parse(timestamp), box(o.path("bounds")), box(o.path("dataBounds")),
                o.path("nodes").asLong(), o.path("ways").asLong(), o.path("relations").asLong(), o.path("streets").asInt(),
                o.path("streetNames").asInt(), o.path("buildings").asInt(), o.path("cameras").asInt(),
                o.path("addresses").asInt());
    }

    private static void box(com.fasterxml.jackson.databind.node.ArrayNode array, BoundingBox b) {
        array.add(b.minLon()).add(b.minLat()).add(b.maxLon()).add(b.maxLat());
    }

    private static BoundingBox box(JsonNode array) {
        return new BoundingBox(array.get(0).asDouble(), array.get(1).asDouble(), array.get(2).asDouble(),
                array.get(3).asDouble());
    }
}
