package org.contrechamp.core.sighting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * The JSON form of a sighting: how it is stored, shown by {@code sightings show} and carried in
 * bundles. Enumerated values are written as their OSM values ({@code "cameraType": "dome"}); fields
 * that are not known are left out. Reading is strict: an unknown field, a wrong type or an unknown
 * value is a {@link Problem} naming the field, because this form is written by programs, not typed.
 */
public final class SightingJson {

    private static final Set<String> FIELDS = Set.of("id", "revision", "position", "kind", "area", "zone",
            "cameraType", "mount", "directions", "tilt", "height", "operator", "operatorType", "manufacturer",
            "model", "surveyDate", "checkDate", "fixme", "note", "status", "draft", "createdAt", "updatedAt",
            "surveyedAt", "photos", "street", "extraTags");
    private static final Set<String> STREET_FIELDS = Set.of("name", "distance", "manual");
    private static final Set<String> POSITION_FIELDS = Set.of("lat", "lon", "source", "accuracy");

    /** Strict reading: duplicate keys and trailing data are errors, not silently resolved. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SightingJson() {
    }

    /** The sighting as compact JSON text. */
    public static String toJson(Sighting s) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            write(s, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads JSON text written by {@link #toJson}. */
    public static Sighting fromJson(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(Problem.of("sighting", "not-json", e.getOriginalMessage()));
        }
    }

    /** Writes the sighting as one JSON object at the generator's current position. */
    public static void write(Sighting s, JsonGenerator g) {
        write(s, g, false, null);
    }

    /**
     * Like {@link #write(Sighting, JsonGenerator)}, with one more field for people and scripts:
     * {@code tags}, the sighting's OpenStreetMap tags ({@code man_made=surveillance} among them, local
     * {@code contrechamp:*} tags included). Reading ignores nothing, so this form is for output only.
     */
    public static void writeWithTags(Sighting s, JsonGenerator g) {
        write(s, g, true, null);
    }

    /** More fields a face adds to the output form of a sighting (where it came from...). */
    @FunctionalInterface
    public interface ExtraFields {
        void write(Sighting sighting, JsonGenerator g) throws IOException;
    }

    /** Like {@link #writeWithTags(Sighting, JsonGenerator)}, then {@code extra}'s fields before the object closes. */
    public static void writeWithTags(Sighting s, JsonGenerator g, ExtraFields extra) {
        write(s, g, true, extra);
    }

    private static void write(Sighting s, JsonGenerator g, boolean withTags, ExtraFields extra) {
        try {
            g.writeStartObject();
            g.writeStringField("id", s.id().toString());
            g.writeNumberField("revision", s.revision());
            g.writeObjectFieldStart("position");
            g.writeNumberField("lat", s.position().latitude());
            g.writeNumberField("lon", s.position().longitude());
            g.writeStringField("source", s.position().source().osmValue());
            if (s.position().accuracyMeters() != null) {
                g.writeNumberField("accuracy", s.position().accuracyMeters());
            }
            g.writeEndObject();
            value(g, "kind", s.kind());
            value(g, "area", s.area());
            value(g, "zone", s.zone());
            value(g, "cameraType", s.cameraType());
            value(g, "mount", s.mount());
            if (!s.directions().isEmpty()) {
                g.writeArrayFieldStart("directions");
                for (Direction d : s.directions()) {
                    g.writeString(d.toTag());
                }
                g.writeEndArray();
            }
            number(g, "tilt", s.tilt());
            number(g, "height", s.height());
            text(g, "operator", s.operator());
            value(g, "operatorType", s.operatorType());
            text(g, "manufacturer", s.manufacturer());
            text(g, "model", s.model());
            text(g, "surveyDate", s.surveyDate() == null ? null : s.surveyDate().toString());
            text(g, "checkDate", s.checkDate() == null ? null : s.checkDate().toString());
            text(g, "fixme", s.fixme());
            text(g, "note", s.note());
            g.writeStringField("status", s.status().osmValue());
            g.writeBooleanField("draft", s.draft());
            text(g, "createdAt", s.createdAt() == null ? null : s.createdAt().toString());
            text(g, "updatedAt", s.updatedAt() == null ? null : s.updatedAt().toString());
            text(g, "surveyedAt", s.surveyedAt() == null ? null : s.surveyedAt().toString());
            g.writeArrayFieldStart("photos");
            for (String hash : s.photos()) {
                g.writeString(hash);
            }
            g.writeEndArray();
            if (s.street() != null) {
                g.writeObjectFieldStart("street");
                g.writeStringField("name", s.street().name());
                if (s.street().distanceMeters() != null) {
                    g.writeNumberField("distance", s.street().distanceMeters());
                }
                g.writeBooleanField("manual", s.street().manual());
                g.writeEndObject();
            }
            if (!s.extraTags().isEmpty()) {
                g.writeObjectFieldStart("extraTags");
                for (Map.Entry<String, String> tag : s.extraTags().entrySet()) {
                    g.writeStringField(tag.getKey(), tag.getValue());
                }
                g.writeEndObject();
            }
            if (withTags) {
                g.writeObjectFieldStart("tags");
                for (Map.Entry<String, String> tag : SightingTags.toTags(s, true).entrySet()) {
                    g.writeStringField(tag.getKey(), tag.getValue());
                }
                g.writeEndObject();
            }
            if (extra != null) {
                extra.write(s, g);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a sighting, checking every field; all problems are reported together. */
    public static Sighting read(JsonNode node) {
        List<Problem> problems = new ArrayList<>();
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(Problem.of("sighting", "not-an-object"));
        }
        unknownFields(node, FIELDS, "", problems);
        UUID id = uuid(node.get("id"), problems);
        long revision = node.path("revision").isIntegralNumber() ? node.get("revision").asLong() : -1;
        if (revision < 0) {
            problems.add(Problem.of("revision", "required"));
        }
        Position position = position(node.get("position"), problems);
        if (id == null || position == null) {
            throw new InvalidInputException(problems);
        }
        Sighting.Builder b = new Sighting.Builder(id, position).revision(revision);
        b.kind(enumValue(node, "kind", Kind.class, problems));
        b.area(enumValue(node, "area", SurveillanceArea.class, problems));
        b.zone(enumValue(node, "zone", SurveillanceZone.class, problems));
        b.cameraType(enumValue(node, "cameraType", CameraType.class, problems));
        b.mount(enumValue(node, "mount", CameraMount.class, problems));
        b.operatorType(enumValue(node, "operatorType", OperatorType.class, problems));
        b.directions(directions(node.get("directions"), problems));
        b.tilt(number(node, "tilt", problems));
        b.height(number(node, "height", problems));
        b.operator(text(node, "operator", problems));
        b.manufacturer(text(node, "manufacturer", problems));
        b.model(text(node, "model", problems));
        b.surveyDate(date(node, "surveyDate", problems));
        b.checkDate(date(node, "checkDate", problems));
        b.fixme(text(node, "fixme", problems));
        b.note(text(node, "note", problems));
        Status status = enumValue(node, "status", Status.class, problems);
        if (status == null && !problems.stream().anyMatch(p -> p.field().equals("status"))) {
            problems.add(Problem.of("status", "required"));
        }
        b.status(status == null ? Status.ACTIVE : status);
        JsonNode draft = node.get("draft");
        if (draft != null && !draft.isBoolean()) {
            problems.add(Problem.of("draft", "wrong-type", "boolean"));
        }
        b.draft(draft != null && draft.asBoolean());
        b.createdAt(instant(node, "createdAt", problems));
        b.updatedAt(instant(node, "updatedAt", problems));
        b.surveyedAt(instant(node, "surveyedAt", problems));
        b.photos(strings(node.get("photos"), "photos", problems));
        b.street(street(node.get("street"), problems));
        b.extraTags(extraTags(node.get("extraTags"), problems));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Sighting sighting = b.build();
        SightingValidator.requireValid(sighting);
        return sighting;
    }

    private static void unknownFields(JsonNode node, Set<String> known, String prefix, List<Problem> problems) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(Problem.of(prefix + name, "unknown-field"));
            }
        }
    }

    private static UUID uuid(JsonNode node, List<Problem> problems) {
        if (node == null || !node.isTextual()) {
            problems.add(Problem.of("id", "required"));
            return null;
        }
        String text = node.asText();
        try {
            UUID id = UUID.fromString(text);
            // UUID.fromString accepts "1-1-1-1-1"; only the canonical form is an id.
            if (id.toString().equals(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(Problem.of("id", "not-a-uuid", text));
        return null;
    }

    private static Position position(JsonNode node, List<Problem> problems) {
        if (node == null || !node.isObject()) {
            problems.add(Problem.of("position", "required"));
            return null;
        }
        unknownFields(node, POSITION_FIELDS, "position.", problems);
        JsonNode lat = node.get("lat");
        JsonNode lon = node.get("lon");
        if (lat == null || !lat.isNumber()) {
            problems.add(Problem.of("latitude", "required"));
        }
        if (lon == null || !lon.isNumber()) {
            problems.add(Problem.of("longitude", "required"));
        }
        PositionSource source = enumValue(node, "source", PositionSource.class, problems);
        Double accuracy = number(node, "accuracy", problems);
        if (lat == null || !lat.isNumber() || lon == null || !lon.isNumber()) {
            return null;
        }
        return new Position(lat.asDouble(), lon.asDouble(), source == null ? PositionSource.MANUAL : source, accuracy);
    }

    private static <E extends Enum<E> & OsmValue> E enumValue(JsonNode node, String field, Class<E> type,
            List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(Problem.of(field, "wrong-type", "text"));
            return null;
        }
        Optional<E> parsed = OsmValue.parse(type, value.asText(), Map.of());
        // Written by a program: only the exact OSM spelling counts.
        if (parsed.isEmpty() || !parsed.get().osmValue().equals(value.asText())) {
            problems.add(Problem.of(field, "unknown-value", value.asText(), OsmValue.valueList(type)));
            return null;
        }
        return parsed.get();
    }

    private static List<Direction> directions(JsonNode node, List<Problem> problems) {
        List<Direction> directions = new ArrayList<>();
        for (String text : strings(node, "directions", problems)) {
            Optional<Direction> d = DirectionParser.parseOne(text);
            if (d.isEmpty() || !d.get().toTag().equals(text)) {
                problems.add(Problem.of("directions", "unreadable-direction", text));
            } else {
                directions.add(d.get());
            }
        }
        return directions;
    }

    private static Double number(JsonNode node, String field, List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isNumber()) {
            problems.add(Problem.of(field, "wrong-type", "number"));
            return null;
        }
        return value.asDouble();
    }

    private static String text(JsonNode node, String field, List<Problem> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            problems.add(Problem.of(field, "wrong-type", "text"));
            return null;
        }
        return value.asText();
    }

    private static LocalDate date(JsonNode node, String field, List<Problem> problems) {
        String text = text(node, field, problems);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "not-a-date", text, "YYYY-MM-DD"));
            return null;
        }
    }

    private static Instant instant(JsonNode node, String field, List<Problem> problems) {
        String text = text(node, field, problems);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "not-a-date", text, "2024-05-01T12:00:00Z"));
            return null;
        }
    }

    private static List<String> strings(JsonNode node, String field, List<Problem> problems) {
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (!node.isArray()) {
            problems.add(Problem.of(field, "wrong-type", "array"));
            return values;
        }
        for (JsonNode item : node) {
            if (item.isTextual()) {
                values.add(item.asText());
            } else {
                problems.add(Problem.of(field, "wrong-type", "text"));
            }
        }
        return values;
    }

    private static StreetAssignment street(JsonNode node, List<Problem> problems) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            problems.add(Problem.of("street", "wrong-type", "object"));
            return null;
        }
        unknownFields(node, STREET_FIELDS, "street.", problems);
        String name = text(node, "name", problems);
        Double distance = number(node, "distance", problems);
        JsonNode manual = node.get("manual");
        if (name == null || name.isBlank()) {
            problems.add(Problem.of("street", "required"));
            return null;
        }
        if (manual != null && !manual.isBoolean()) {
            problems.add(Problem.of("street.manual", "wrong-type", "boolean"));
            return null;
        }
        return new StreetAssignment(name, distance, manual != null && manual.asBoolean());
    }

    private static TreeMap<String, String> extraTags(JsonNode node, List<Problem> problems) {
        TreeMap<String, String> tags = new TreeMap<>();
        if (node == null || node.isNull()) {
            return tags;
        }
        if (!node.isObject()) {
            problems.add(Problem.of("extraTags", "wrong-type", "object"));
            return tags;
        }
        node.fields().forEachRemaining(e -> {
            if (e.getValue().isTextual()) {
                tags.put(e.getKey(), e.getValue().asText());
            } else {
                problems.add(Problem.of("extraTags." + e.getKey(), "wrong-type", "text"));
            }
        });
        return tags;
    }

    private static void value(JsonGenerator g, String field, OsmValue value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value.osmValue());
        }
    }

    private static void number(JsonGenerator g, String field, Double value) throws IOException {
        if (value != null) {
            g.writeNumberField(field, value);
        }
    }

    private static void text(JsonGenerator g, String field, String value) throws IOException {
        if (value != null) {
            g.writeStringField(field, value);
        }
    }
}
