package org.contrechamp.core.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.common.StrictJson;

/**
 * Reads a well-formed manifest on every core, for a bundle of records without photos is mostly its
 * records: the manifest is split at its records ({@link RecordSlices}), and runs of records are
 * parsed straight from their bytes into records ({@link QuickRecord}, no tree), on every core,
 * with the same checks as the whole-document read. It only ever accepts: any problem, or a layout
 * it does not split, gives null, and {@link ManifestReader} reads the manifest again as a whole,
 * which finds and names the problem the same way whether or not this attempt was made.
 */
final class QuickManifest {

    /**
     * The same limits and strictness as {@link ManifestReader#JSON}, nesting counted from the records
     * array, which sits one level down in the manifest (duplicate names are refused by
     * {@link CheckedParser}, which every record parser is wrapped in). Values are read one by one
     * from inside the array, so "trailing" tokens are the norm; where the records end is checked by
     * {@link #chunk}.
     */
    private static final ObjectMapper RECORD_JSON = StrictJson.mapper(BundleFormat.MAX_ENVELOPE_BYTES, 64 * 1024,
            BundleFormat.MAX_DEPTH - 1).disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private QuickManifest() {
    }

    /** The manifest, or null to read it the thorough way. */
    static Manifest read(byte[] payload, String source) {
        return read(payload, RecordSlices.find(payload), source);
    }

    /**
     * The manifest whose records {@code slices} locates (found ahead, as {@link RecordSlices#find}
     * does), or null to read it the thorough way; null slices give null.
     */
    static Manifest read(byte[] payload, RecordSlices slices, String source) {
        if (slices == null) {
            return null;
        }
        try {
            JsonNode root = StrictParse.tree(ManifestReader.JSON, slices.skeleton(payload), source);
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
     * included, streamed from the payload in place. The parser must end exactly there, on the last
     * record's closing brace.
     */
    private static List<BundleRecord> chunk(byte[] payload, RecordSlices slices, int from, int to, String source) {
        int start = slices.starts()[from];
        int end = slices.ends()[to - 1];
        // The bracket also keeps the parser's guess of the encoding from the first bytes where the
        // whole manifest's is: "[{" has no zero byte, so it is read as UTF-8, never as UTF-16 or UTF-32.
        InputStream array = new SequenceInputStream(new ByteArrayInputStream(OPEN_ARRAY),
                new ByteArrayInputStream(payload, start, end - start));
        List<BundleRecord> records = new ArrayList<>(to - from);
        try (JsonParser p = new CheckedParser(RECORD_JSON.createParser(array), source)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw new IllegalStateException("not an array");
            }
            for (int i = from; i < to; i++) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalStateException("a record is not an object");
                }
                records.add(QuickRecord.read(p));
            }
            if (p.currentLocation().getByteOffset() != OPEN_ARRAY.length + end - start) {
                throw new IllegalStateException("the records do not end where the scan found them to");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return records;
    }

    private static final byte[] OPEN_ARRAY = {'['};
}
