package org.contrechamp.core.bundle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.contrechamp.core.common.StrictJson;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingJson;

/**
 * Reads a well-formed manifest on every core, for a bundle of records without photos is mostly its
 * records: the manifest is split at its records ({@link RecordSlices}), and runs of records are
 * parsed straight from their bytes into sightings (no tree), on every core, with the same checks as
 * the whole-document read. It only ever accepts: any problem, or a layout it does not split, gives null, and
 * {@link ManifestReader} reads the manifest again as a whole, which finds and names the problem the
 * same way whether or not this attempt was made.
 */
final class QuickManifest {

    /**
     * The same limits and strictness as {@link ManifestReader#JSON}, nesting counted from the records
     * array, which sits one level down in the manifest. Values are read one by one from inside the
     * array, so "trailing" tokens are the norm; where the records end is checked by {@link #chunk}.
     */
    private static final ObjectMapper RECORD_JSON = StrictJson.mapper(BundleFormat.MAX_ENVELOPE_BYTES, 64 * 1024,
            BundleFormat.MAX_DEPTH - 1).disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private QuickManifest() {
    }

    /** The manifest, or null to read it the thorough way. */
    static Manifest read(byte[] payload, String source) {
        RecordSlices slices = RecordSlices.find(payload);
        if (slices == null || slices.count() > BundleFormat.MAX_RECORDS) {
            return null;
        }
        try {
            JsonNode root = StrictParse.tree(ManifestReader.JSON, slices.skeleton(), source);
            return ManifestReader.manifest(root, () -> records(payload, slices, source), source);
        } catch (RuntimeException e) {
            // Rejections are named by the thorough read; this one only had to be fast when all is well.
            return null;
        }
    }

    private static List<BundleRecord> records(byte[] payload, RecordSlices slices, String source) {
        int chunks = (slices.count() + RECORDS_PER_CHUNK - 1) / RECORDS_PER_CHUNK;
        List<BundleRecord> records = IntStream.range(0, chunks).parallel()
                .mapToObj(c -> chunk(payload, slices, c * RECORDS_PER_CHUNK,
                        Math.min(slices.count(), (c + 1) * RECORDS_PER_CHUNK), source))
                .flatMap(List::stream).toList();
        ManifestReader.requireUnique(records, source);
        return records;
    }

    /** Enough chunks to keep every core busy to the end; few enough that starting a parser is nothing. */
    private static final int RECORDS_PER_CHUNK = 250;

    /**
     * Records {@code from} to {@code to - 1}, read by one parser as the array they are part of: an
     * opening bracket, then their bytes from the first one's brace to the last one's, separators
     * included. The parser must end exactly there, on the last record's closing brace.
     */
    private static List<BundleRecord> chunk(byte[] payload, RecordSlices slices, int from, int to, String source) {
        int start = slices.starts()[from];
        int end = slices.ends()[to - 1];
        // Also keeps the parser's guess of the encoding from the first bytes where the whole
        // manifest's is: "[{" has no zero byte, so it is read as UTF-8, never as UTF-16 or UTF-32.
        byte[] array = new byte[1 + end - start];
        array[0] = '[';
        System.arraycopy(payload, start, array, 1, end - start);
        List<BundleRecord> records = new ArrayList<>(to - from);
        try (JsonParser p = new CheckedParser(RECORD_JSON.createParser(array), source)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("not an array");
            }
            for (int i = from; i < to; i++) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalStateException("a record is not an object");
                }
                records.add(record(p, source));
            }
            if (p.currentLocation().getByteOffset() != array.length) {
                throw new IllegalStateException("the records do not end where the scan found them to");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    /** One record object, the parser on its opening brace: its own fields as small trees, its sighting from the stream. */
    private static BundleRecord record(JsonParser p, String source) throws IOException {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        Sighting sighting = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals("sighting")) {
                sighting = SightingJson.read(p);
            } else {
                fields.set(name, value(p));
            }
        }
        if (sighting == null) {
            throw new IllegalStateException("no sighting");
        }
        Sighting values = sighting;
        return ManifestReader.record(fields, () -> values, "records", source);
    }

    /** The names a record's list of changed fields holds, made once rather than 20-odd per record. */
    private static final TextNode[] FIELD_NAMES = Arrays.stream(SightingField.values())
            .map(f -> TextNode.valueOf(f.jsonName())).toArray(TextNode[]::new);

    private static TextNode text(JsonParser p) throws IOException {
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int length = p.getTextLength();
        for (TextNode known : FIELD_NAMES) {
            if (equals(known.textValue(), chars, offset, length)) {
                return known;
            }
        }
        return TextNode.valueOf(p.getText());
    }

    private static boolean equals(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * A record's own field as the tree reader builds it: the plain values a record holds made
     * directly (the list of changed field names is 20-odd strings per record), anything else by the
     * tree reader itself.
     */
    private static JsonNode value(JsonParser p) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (p.currentToken()) {
            case VALUE_STRING:
                return text(p);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return nodes.booleanNode(p.currentToken() == JsonToken.VALUE_TRUE);
            case VALUE_NULL:
                return nodes.nullNode();
            case VALUE_NUMBER_INT:
                if (p.getNumberType() == JsonParser.NumberType.INT) {
                    return nodes.numberNode(p.getIntValue());
                }
                break;
            case START_ARRAY:
                ArrayNode array = nodes.arrayNode(FIELD_NAMES.length);
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(p));
                }
                return array;
            default:
                break;
        }
        return p.readValueAsTree();
    }
}
