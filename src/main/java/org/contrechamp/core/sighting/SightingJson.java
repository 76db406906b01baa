package org.contrechamp.core.sighting;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;

import org.contrechamp.core.common.CanonicalUuids;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.IsoInstants;
import org.contrechamp.core.common.Problem;

/**
 * The JSON form of a sighting: how it is stored, shown by {@code sightings show} and carried in
 * bundles. Enumerated values are written as their OSM values ({@code "cameraType": "dome"}); fields
 * that are not known are left out. Reading is strict: an unknown field, a wrong type or an unknown
 * value is a {@link Problem} naming the field, because this form is written by programs, not typed.
 */
public final class SightingJson {


    /**
     * Strict reading: duplicate keys (and, in fromJson, trailing data) are errors, not silently resolved.
     * Only Jackson's streaming layer: loading its object mapping cost every command a quarter second.
     */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Correctly rounded like Double.parseDouble, without its big-integer garbage per number.
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    /**
     * For documents this program stored itself (the database): the same reading minus the duplicate-key
     * bookkeeping, which costs a hash lookup per field of every row when 100,000 rows are listed.
     */
    private static final JsonFactory STORED = JsonFactory.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    private SightingJson() {
    }

    /** The sighting as compact JSON text. */
    public static String toJson(Sighting s) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            write(s, g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Reads JSON text written by {@link #toJson}, in one pass. */
    public static Sighting fromJson(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return readWhole(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a document as stored in the database, from its UTF-8 bytes (no intermediate string). Every
     * check of {@link #fromJson} applies except duplicate keys, which {@link #toJson} never writes.
     */
    public static Sighting fromStoredJson(byte[] utf8) {
        try (JsonParser parser = STORED.createParser(utf8)) {
            return readWhole(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads stored documents laid end to end ({@code {…} {…} {…}}), in order, with one parser: making
     * a parser per document cost more than reading most documents when 100,000 are listed.
     */
    public static void fromStoredJsonSequence(byte[] utf8, int length, Consumer<Sighting> each) {
        try (JsonParser parser = STORED.createParser(utf8, 0, length)) {
            while (parser.nextToken() != null) {
                each.accept(read(parser));
            }
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(Problem.of("sighting", "not-json", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sighting readWhole(JsonParser parser) throws IOException {
        try {
            parser.nextToken();
            Sighting sighting = read(parser);
            if (parser.nextToken() != null) {
                throw new InvalidInputException(Problem.of("sighting", "not-json", "trailing data"));
            }
            return sighting;
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
        if (node == null || !node.isObject()) {
            throw new InvalidInputException(Problem.of("sighting", "not-an-object"));
        }
        try (JsonParser parser = node.traverse()) {
            parser.nextToken();
            return read(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a sighting from a parser standing on its START_OBJECT, in one pass without building a
     * tree (storage reads thousands per query). Every field is checked; all problems are reported
     * together; the parser is left on the END_OBJECT.
     */
    public static Sighting read(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new InvalidInputException(Problem.of("sighting", "not-an-object"));
        }
        List<Problem> problems = new ArrayList<>();
        Fields f = new Fields();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "id" -> {
                    if (value == JsonToken.VALUE_STRING) {
                        f.id = uuid(p.getText(), problems);
                    } else {
                        wrongType(p, "id", "text", problems);
                    }
                }
                case "revision" -> {
                    if (value == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                        // Past a long: refused by name rather than by Jackson's coercion exception.
                        problems.add(Problem.of("revision", "out-of-range", p.getText(), 0, Long.MAX_VALUE));
                    } else if (value == JsonToken.VALUE_NUMBER_INT) {
                        f.revision = p.getLongValue();
                    } else {
                        wrongType(p, "revision", "integer", problems);
                    }
                }
                case "position" -> f.position = position(p, problems);
                case "kind" -> f.b.kind(enumValue(p, "kind", Kind.class, problems));
                case "area" -> f.b.area(enumValue(p, "area", SurveillanceArea.class, problems));
                case "zone" -> f.b.zone(enumValue(p, "zone", SurveillanceZone.class, problems));
                case "cameraType" -> f.b.cameraType(enumValue(p, "cameraType", CameraType.class, problems));
                case "mount" -> f.b.mount(enumValue(p, "mount", CameraMount.class, problems));
                case "operatorType" -> f.b.operatorType(enumValue(p, "operatorType", OperatorType.class, problems));
                case "directions" -> f.b.directions(directions(strings(p, "directions", problems), problems));
                case "tilt" -> f.b.tilt(number(p, "tilt", problems));
                case "height" -> f.b.height(number(p, "height", problems));
                case "operator" -> f.b.operator(text(p, "operator", problems));
                case "manufacturer" -> f.b.manufacturer(text(p, "manufacturer", problems));
                case "model" -> f.b.model(text(p, "model", problems));
                case "surveyDate" -> f.b.surveyDate(date(p, "surveyDate", problems));
                case "checkDate" -> f.b.checkDate(date(p, "checkDate", problems));
                case "fixme" -> f.b.fixme(text(p, "fixme", problems));
                case "note" -> f.b.note(text(p, "note", problems));
                case "status" -> f.status = enumValue(p, "status", Status.class, problems);
                case "draft" -> {
                    if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        f.b.draft(value == JsonToken.VALUE_TRUE);
                    } else if (value != JsonToken.VALUE_NULL) {
                        problems.add(Problem.of("draft", "wrong-type", "boolean"));
                        p.skipChildren();
                    }
                }
                case "createdAt" -> f.b.createdAt(instant(p, "createdAt", problems));
                case "updatedAt" -> f.b.updatedAt(instant(p, "updatedAt", problems));
                case "surveyedAt" -> f.b.surveyedAt(instant(p, "surveyedAt", problems));
                case "photos" -> f.b.photos(strings(p, "photos", problems));
                case "street" -> f.b.street(street(p, problems));
                case "extraTags" -> f.extraTags = extraTags(p, problems);
                default -> {
                    problems.add(Problem.of(name, "unknown-field"));
                    p.skipChildren();
                }
            }
        }
        if (f.revision < 0 && problems.stream().noneMatch(x -> x.field().equals("revision"))) {
            problems.add(Problem.of("revision", "required"));
        }
        if (f.id == null && problems.stream().noneMatch(x -> x.field().equals("id"))) {
            problems.add(Problem.of("id", "required"));
        }
        if (f.position == null && problems.stream().noneMatch(x -> x.field().equals("position")
                || x.field().equals("latitude") || x.field().equals("longitude"))) {
            problems.add(Problem.of("position", "required"));
        }
        // "status": null is as missing as no status at all: a record without one cannot be built.
        if (f.status == null && problems.stream().noneMatch(x -> x.field().equals("status"))) {
            problems.add(Problem.of("status", "required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        // Extra tags last: setting a modelled field drops its verbatim copy, so they go in after.
        Sighting sighting = f.b.id(f.id).position(f.position).revision(f.revision).status(f.status)
                .extraTags(f.extraTags).build();
        SightingValidator.requireValid(sighting);
        return sighting;
    }

    /** The fields read so far; the builder takes the rest as they come. */
    private static final class Fields {
        // No default kind: a sighting without one reads back without one.
        final Sighting.Builder b = new Sighting.Builder(null, null).kind(null);
        UUID id;
        long revision = -1;
        Position position;
        Status status;
        TreeMap<String, String> extraTags = new TreeMap<>();
    }

    private static UUID uuid(String text, List<Problem> problems) {
        if (text == null) {
            problems.add(Problem.of("id", "required"));
            return null;
        }
        // Only the canonical form is an id (UUID.fromString would accept "1-1-1-1-1").
        UUID id = CanonicalUuids.parse(text);
        if (id == null) {
            problems.add(Problem.of("id", "not-a-uuid", text));
        }
        return id;
    }

    private static Position position(JsonParser p, List<Problem> problems) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            problems.add(Problem.of("position", "required"));
            p.skipChildren();
            return null;
        }
        Double lat = null;
        Double lon = null;
        PositionSource source = null;
        Double accuracy = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "lat" -> lat = number(p, "latitude", problems);
                case "lon" -> lon = number(p, "longitude", problems);
                case "source" -> source = enumValue(p, "source", PositionSource.class, problems);
                case "accuracy" -> accuracy = number(p, "accuracy", problems);
                default -> {
                    problems.add(Problem.of("position." + name, "unknown-field"));
                    p.skipChildren();
                }
            }
        }
        if (lat == null) {
            problems.add(Problem.of("latitude", "required"));
        }
        if (lon == null) {
            problems.add(Problem.of("longitude", "required"));
        }
        if (lat == null || lon == null) {
            return null;
        }
        return new Position(lat, lon, source == null ? PositionSource.MANUAL : source, accuracy);
    }

    /** Records a value of the wrong JSON type and steps over it, object or array included. */
    private static void wrongType(JsonParser p, String field, String expected, List<Problem> problems)
            throws IOException {
        problems.add(Problem.of(field, "wrong-type", expected));
        p.skipChildren();
    }

    private static <E extends Enum<E> & OsmValue> E enumValue(JsonParser p, String field, Class<E> type,
            List<Problem> problems) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            problems.add(Problem.of(field, "wrong-type", "text"));
            p.skipChildren();
            return null;
        }
        // Written by a program: only the exact OSM spelling counts.
        E value = OsmValue.exact(type, p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        if (value == null) {
            problems.add(Problem.of(field, "unknown-value", p.getText(), OsmValue.valueList(type)));
        }
        return value;
    }

    private static List<Direction> directions(List<String> texts, List<Problem> problems) {
        List<Direction> directions = new ArrayList<>();
        for (String text : texts) {
            Optional<Direction> d = DirectionParser.parseCanonical(text);
            if (d.isEmpty()) {
                problems.add(Problem.of("directions", "unreadable-direction", text));
            } else {
                directions.add(d.get());
            }
        }
        return directions;
    }

    private static Double number(JsonParser p, String field, List<Problem> problems) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            problems.add(Problem.of(field, "wrong-type", "number"));
            p.skipChildren();
            return null;
        }
        return p.getDoubleValue();
    }

    private static String text(JsonParser p, String field, List<Problem> problems) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.VALUE_STRING) {
            problems.add(Problem.of(field, "wrong-type", "text"));
            p.skipChildren();
            return null;
        }
        return p.getText();
    }

    private static LocalDate date(JsonParser p, String field, List<Problem> problems) throws IOException {
        String text = text(p, field, problems);
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

    private static Instant instant(JsonParser p, String field, List<Problem> problems) throws IOException {
        String text = text(p, field, problems);
        if (text == null) {
            return null;
        }
        try {
            return IsoInstants.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(Problem.of(field, "not-a-date", text, "2024-05-01T12:00:00Z"));
            return null;
        }
    }

    private static List<String> strings(JsonParser p, String field, List<Problem> problems) throws IOException {
        List<String> values = new ArrayList<>();
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return values;
        }
        if (token != JsonToken.START_ARRAY) {
            problems.add(Problem.of(field, "wrong-type", "array"));
            p.skipChildren();
            return values;
        }
        JsonToken item;
        while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
            if (item == JsonToken.VALUE_STRING) {
                values.add(p.getText());
            } else {
                problems.add(Problem.of(field, "wrong-type", "text"));
                p.skipChildren();
            }
        }
        return values;
    }

    private static StreetAssignment street(JsonParser p, List<Problem> problems) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token != JsonToken.START_OBJECT) {
            problems.add(Problem.of("street", "wrong-type", "object"));
            p.skipChildren();
            return null;
        }
        String name = null;
        Double distance = null;
        Boolean manual = null;
        boolean badManual = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            switch (field) {
                case "name" -> name = text(p, "street", problems);
                case "distance" -> distance = number(p, "street", problems);
                case "manual" -> {
                    if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        manual = value == JsonToken.VALUE_TRUE;
                    } else {
                        badManual = true;
                        p.skipChildren();
                    }
                }
                default -> {
                    problems.add(Problem.of("street." + field, "unknown-field"));
                    p.skipChildren();
                }
            }
        }
        if (badManual) {
            problems.add(Problem.of("street.manual", "wrong-type", "boolean"));
            return null;
        }
        if (name == null || name.isBlank()) {
            problems.add(Problem.of("street", "required"));
            return null;
        }
        return new StreetAssignment(name, distance, manual != null && manual);
    }

    private static TreeMap<String, String> extraTags(JsonParser p, List<Problem> problems) throws IOException {
        TreeMap<String, String> tags = new TreeMap<>();
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return tags;
        }
        if (token != JsonToken.START_OBJECT) {
            problems.add(Problem.of("extraTags", "wrong-type", "object"));
            p.skipChildren();
            return tags;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            if (p.nextToken() == JsonToken.VALUE_STRING) {
                tags.put(key, p.getText());
            } else {
                problems.add(Problem.of("extraTags." + key, "wrong-type", "text"));
                p.skipChildren();
            }
        }
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
