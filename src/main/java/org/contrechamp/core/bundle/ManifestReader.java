package org.contrechamp.core.bundle;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.contrechamp.core.common.QuotedText;
import org.contrechamp.core.common.CanonicalUuids;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.StrictJson;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.identity.Pseudonyms;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingJson;
import org.contrechamp.core.sighting.SightingValidator;

/**
 * Reads the verified payload bytes into a {@link Manifest}, checking every field: structure, records
 * (each sighting read strictly by {@link SightingJson}), the blob list, and that records and blobs
 * refer to each other exactly. Runs only after the signature verified.
 */
final class ManifestReader {

    static final ObjectMapper JSON = StrictJson.mapper(BundleFormat.MAX_ENVELOPE_BYTES, 64 * 1024,
            BundleFormat.MAX_DEPTH);
    private static final Set<String> FIELDS = Set.of("format", "version", "audience", "signer", "signerName", "seq",
            "prev", "createdAt", "records", "blobs");
    private static final Set<String> RECORD_FIELDS = Set.of("id", "revision", "baseRevision", "baseDigest", "change",
            "fields", "deleted", "sighting");
    /** Format 2 adds what a record needs to merge (docs/adr/0042); all four are required there. */
    private static final Set<String> RECORD_FIELDS_2 = Set.of("id", "revision", "baseRevision", "baseDigest", "change",
            "fields", "deleted", "sighting", "digest", "parents", "ancestors", "author");
    /** Format 3 adds the comments of decisions (docs/adr/0055), optional. */
    private static final Set<String> RECORD_FIELDS_3 = Set.of("id", "revision", "baseRevision", "baseDigest", "change",
            "fields", "deleted", "sighting", "digest", "parents", "ancestors", "author", "comments");
    private static final Set<String> BLOB_FIELDS = Set.of("sha256", "size", "mediaType");

    private ManifestReader() {
    }

    /** The manifest of verified payload bytes, every field checked. */
    static Manifest read(byte[] payload, String source) {
        JsonNode root = StrictParse.tree(JSON, payload, source);
        if (!root.isObject()) {
            throw bad(source, "not an object");
        }
        onlyKnown(root, FIELDS, "", source);
        if (!BundleFormat.MANIFEST_FORMAT.equals(root.path("format").asText(null))) {
            throw bad(source, "format");
        }
        JsonNode versionNode = root.get("version");
        if (!isInteger(versionNode) || versionNode.asLong() > BundleFormat.VERSION) {
            throw new BundleRejectedException(source, "bundle-newer-version", root.path("version").asText());
        }
        if (versionNode.asLong() < BundleFormat.OLDEST_READ) {
            throw bad(source, "version");
        }
        int version = versionNode.asInt();
        String audience = text(root, "audience", source);
        Fingerprint signer = Fingerprint.parse(text(root, "signer", source))
                .filter(f -> f.hex().equals(root.get("signer").asText()))
                .orElseThrow(() -> bad(source, "signer"));
        String signerName = text(root, "signerName", source);
        if (!Pseudonyms.problems("signerName", signerName).isEmpty()) {
            throw bad(source, "signerName");
        }
        long seq = positive(root.get("seq"), "seq", source);
        JsonNode prevNode = root.get("prev");
        String prev = prevNode == null || prevNode.isNull() ? null : prevNode.asText(null);
        if ((seq == 1) != (prev == null) || (prev != null && (!prevNode.isTextual() || !BundleFormat.isHex64(prev)))) {
            throw bad(source, "prev");
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(text(root, "createdAt", source));
        } catch (DateTimeParseException e) {
            throw bad(source, "createdAt");
        }
        List<BlobRef> blobs = blobs(root.get("blobs"), source);
        List<BundleRecord> recordList = records(root.get("records"), version, source);
        crossCheck(recordList, blobs, source);
        return new Manifest(audience, signer, signerName, seq, prev, createdAt, recordList, blobs);
    }

    /**
     * An integer written as one ({@code 3}, not {@code 3.0} or {@code 3e0}) that fits a long: where the
     * format asks for an integer, a number that merely equals one is refused.
     */
    static boolean isInteger(JsonNode node) {
        return node != null && node.isIntegralNumber() && node.canConvertToLong();
    }

    private static List<BundleRecord> records(JsonNode node, int version, String source) {
        if (node == null || !node.isArray()) {
            throw bad(source, "records");
        }
        if (node.size() > BundleFormat.MAX_RECORDS) {
            throw new BundleRejectedException(source, "bundle-limit-exceeded", "records > " + BundleFormat.MAX_RECORDS);
        }
        // Records are read on every core: for a bundle without photos they are most of the work.
        List<BundleRecord> records = java.util.stream.IntStream.range(0, node.size()).parallel()
                .mapToObj(i -> {
                    JsonNode r = node.get(i);
                    return record(r, "records[" + i + "]", version, source);
                }).toList();
        requireUnique(records, source);
        return records;
    }

    private static void requireUnique(List<BundleRecord> records, String source) {
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < records.size(); i++) {
            if (!seen.add(records.get(i).id())) {
                throw badRecord(source, "records[" + i + "]", "duplicate-record", records.get(i).id());
            }
        }
    }

    /** One record: its own fields, then its sighting, read strictly by {@link SightingJson}. */
    private static BundleRecord record(JsonNode r, String where, int version, String source) {
        if (!r.isObject()) {
            throw badRecord(source, where, "not-an-object");
        }
        // Format 4 changes what fields may name, not which a record has.
        onlyKnown(r, version == 1 ? RECORD_FIELDS : version == 2 ? RECORD_FIELDS_2 : RECORD_FIELDS_3, where + ".", source);
        UUID id = uuid(r.get("id"), where, source);
        JsonNode revisionNode = r.get("revision");
        if (!isInteger(revisionNode) || revisionNode.asLong() < 1 || revisionNode.asLong() > Integer.MAX_VALUE) {
            throw badRecord(source, where + ".revision", "out-of-range", revisionNode == null ? "" : revisionNode.asText(),
                    1, Integer.MAX_VALUE);
        }
        long revision = revisionNode.asLong();
        JsonNode baseNode = r.get("baseRevision");
        if (!isInteger(baseNode) || baseNode.asLong() < 0 || baseNode.asLong() >= revision) {
            throw badRecord(source, where + ".baseRevision", "revision-backwards", baseNode == null ? "" : baseNode.asText(),
                    revision);
        }
        long base = baseNode.asLong();
        JsonNode digestNode = r.get("baseDigest");
        String baseDigest = digestNode == null ? null : digestNode.asText(null);
        if (!baseDigestFits(base, baseDigest)) {
            throw badRecord(source, where + ".baseDigest", "bad-base-digest");
        }
        ChangeKind change;
        try {
            change = ChangeKind.fromCode(r.path("change").asText(""));
        } catch (IllegalArgumentException e) {
            throw badRecord(source, where + ".change", "unknown-value", QuotedText.of(r.path("change").asText()),
                    "create, update, delete, restore");
        }
        Set<SightingField> fields = fields(r.get("fields"), version, where, source);
        boolean deletedOrRestored = namesDeletedOrRestored(r.get("fields"), version);
        JsonNode deletedNode = r.get("deleted");
        if (deletedNode == null || !deletedNode.isBoolean()) {
            throw badRecord(source, where + ".deleted", "required");
        }
        boolean deleted = deletedNode.asBoolean();
        if (!changeFits(change, base, deleted)) {
            throw badRecord(source, where + ".change", "inconsistent-change", change.code());
        }
        if (deletedOrRestored && !deletionOrRestorationFits(change, base)) {
            throw badRecord(source, where + ".fields", "inconsistent-change", change.code());
        }
        Sighting values;
        try {
            values = SightingJson.read(r.get("sighting"));
        } catch (UncheckedIOException e) {
            // Whatever the sighting reader could not read (a number Jackson cannot hold, say) is
            // this record's fault, not a reason to stop a whole sync.
            throw badRecord(source, where + ".sighting", "unreadable-record", String.valueOf(e.getCause().getMessage()));
        } catch (InvalidInputException e) {
            List<Problem> problems = new ArrayList<>();
            for (Problem p : e.problems()) {
                problems.add(new Problem(source + ": " + where + ".sighting." + p.field(), p.code(), p.args()));
            }
            throw new BundleRejectedException(problems, "bundle-bad-record");
        }
        List<Problem> tagProblems = SightingValidator.inputProblems(values);
        if (!tagProblems.isEmpty()) {
            List<Problem> named = new ArrayList<>();
            for (Problem p : tagProblems) {
                named.add(new Problem(source + ": " + where + ".sighting." + p.field(), p.code(), p.args()));
            }
            throw new BundleRejectedException(named, "bundle-bad-record");
        }
        if (!values.id().equals(id) || values.revision() != revision) {
            throw badRecord(source, where + ".sighting", "record-mismatch");
        }
        if (version == 1) {
            return new BundleRecord(id, revision, base, baseDigest, change, fields, deleted, values);
        }
        // What each computer derives for itself is not taken from anyone (docs/adr/0041).
        values = values.toBuilder().street(null).draft(false).build();
        BundleRecord record = RecordLineageReader.read(r, where, source, id, revision, base, baseDigest, change, fields,
                deleted, values, version);
        BundleRecord commented = version >= 3
                ? record.withComments(RecordCommentsReader.read(r.get("comments"), record, where, source)) : record;
        return deletedOrRestored ? commented.withDeletedOrRestored(true) : commented;
    }

    /** A base digest names the base version: there is one exactly when there is a base, 64 hex digits. */
    static boolean baseDigestFits(long base, String baseDigest) {
        return (base == 0) == (baseDigest == null) && (baseDigest == null || BundleFormat.isHex64(baseDigest));
    }

    /** A delete leaves a tombstone and only a delete does; a create is a change of nothing that stays. */
    static boolean changeFits(ChangeKind change, long base, boolean deleted) {
        return deleted == (change == ChangeKind.DELETE) && (change == ChangeKind.CREATE) == (base == 0 && !deleted);
    }

    /**
     * Only a change of a record someone held can delete or restore it since its base; a deletion or a
     * restoration says so in its kind (a restoration deleted again ends as a deletion).
     */
    static boolean deletionOrRestorationFits(ChangeKind change, long base) {
        return base > 0 && (change == ChangeKind.DELETE || change == ChangeKind.RESTORE);
    }

    /** Whether {@code fields} names {@code deleted} (format 4; before, it is no field name). */
    private static boolean namesDeletedOrRestored(JsonNode fields, int version) {
        if (version < 4) {
            return false;
        }
        for (JsonNode f : fields) {
            if (f.isTextual() && BundleFormat.DELETED_OR_RESTORED.equals(f.asText())) {
                return true;
            }
        }
        return false;
    }

    private static Set<SightingField> fields(JsonNode node, int version, String where, String source) {
        if (node == null || !node.isArray()) {
            throw badRecord(source, where + ".fields", "required");
        }
        Set<SightingField> fields = EnumSet.noneOf(SightingField.class);
        boolean deletedNamed = false;
        for (JsonNode f : node) {
            if (version >= 4 && f.isTextual() && BundleFormat.DELETED_OR_RESTORED.equals(f.asText())) {
                if (deletedNamed) {
                    throw badRecord(source, where + ".fields", "unknown-value", f.asText(), "sighting fields");
                }
                deletedNamed = true;
                continue;
            }
            try {
                if (!f.isTextual() || !fields.add(SightingField.fromJsonName(f.asText()))) {
                    throw new IllegalArgumentException();
                }
            } catch (IllegalArgumentException e) {
                throw badRecord(source, where + ".fields", "unknown-value", QuotedText.of(f.asText()), "sighting fields");
            }
        }
        return fields;
    }

    private static List<BlobRef> blobs(JsonNode node, String source) {
        if (node == null || !node.isArray()) {
            throw bad(source, "blobs");
        }
        if (node.size() > BundleFormat.MAX_BLOBS) {
            throw new BundleRejectedException(source, "bundle-limit-exceeded", "blobs > " + BundleFormat.MAX_BLOBS);
        }
        Map<String, BlobRef> blobs = new LinkedHashMap<>();
        for (JsonNode b : node) {
            if (!b.isObject()) {
                throw new BundleRejectedException(source, "bundle-bad-blob-list", "not an object");
            }
            onlyKnown(b, BLOB_FIELDS, "blobs.", source);
            String sha = b.path("sha256").asText("");
            JsonNode size = b.get("size");
            String type = b.path("mediaType").asText("");
            if (!b.path("sha256").isTextual() || !BundleFormat.isHex64(sha)) {
                throw new BundleRejectedException(source, "bundle-bad-blob-list", QuotedText.of(sha));
            }
            if (!isInteger(size) || size.asLong() < 1
                    || size.asLong() > BundleFormat.MAX_BLOB_BYTES) {
                throw new BundleRejectedException(source, "bundle-blob-too-large", sha, size == null ? "" : size.asText());
            }
            if (!BundleFormat.JPEG.equals(type)) {
                throw new BundleRejectedException(source, "bundle-blob-type", sha, QuotedText.of(type));
            }
            if (blobs.put(sha, new BlobRef(sha, size.asLong(), type)) != null) {
                throw new BundleRejectedException(source, "bundle-bad-blob-list", "listed twice: " + sha);
            }
        }
        return List.copyOf(blobs.values());
    }

    /** Every photo a record names is listed; every listed blob is some record's photo. */
    private static void crossCheck(List<BundleRecord> records, List<BlobRef> blobs, String source) {
        Set<String> listed = new HashSet<>();
        blobs.forEach(b -> listed.add(b.sha256()));
        Set<String> used = new HashSet<>();
        for (BundleRecord r : records) {
            for (String photo : r.sighting().photos()) {
                if (!listed.contains(photo)) {
                    throw new BundleRejectedException(source, "bundle-blob-unlisted", photo, r.id());
                }
                used.add(photo);
            }
        }
        for (String sha : listed) {
            if (!used.contains(sha)) {
                throw new BundleRejectedException(source, "bundle-blob-extra", sha);
            }
        }
    }

    private static UUID uuid(JsonNode node, String where, String source) {
        String text = node == null ? "" : node.asText("");
        UUID id = CanonicalUuids.parse(text);
        if (id != null && node.isTextual()) {
            return id;
        }
        throw badRecord(source, where + ".id", "not-a-uuid", QuotedText.of(text));
    }

    private static long positive(JsonNode node, String field, String source) {
        if (!isInteger(node) || node.asLong() < 1 || node.asLong() > Integer.MAX_VALUE) {
            throw bad(source, field);
        }
        return node.asLong();
    }

    private static String text(JsonNode root, String field, String source) {
        JsonNode node = root.get(field);
        if (node == null || !node.isTextual() || node.asText().isEmpty() || node.asText().length() > 256) {
            throw bad(source, field);
        }
        return node.asText();
    }

    private static void onlyKnown(JsonNode node, Set<String> known, String prefix, String source) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!known.contains(name)) {
                throw bad(source, "unknown field " + prefix + QuotedText.of(name));
            }
        }
    }

    private static BundleRejectedException bad(String source, String what) {
        return new BundleRejectedException(source, "bundle-bad-manifest", what);
    }

    static BundleRejectedException badRecord(String source, String where, String code, Object... args) {
        return new BundleRejectedException(List.of(Problem.of(source + ": " + where, code, args)), "bundle-bad-record");
    }
}
