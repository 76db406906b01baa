package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Reads what format 3 adds to a record (docs/adr/0055): the comments of the decisions among its
 * collapsed changes, optional. Each names a revision the record is or includes, once, and holds a
 * text a person could have typed ({@link RevisionComment#isUsable}).
 */
final class RecordCommentsReader {

    private static final Set<String> FIELDS = Set.of("digest", "text");

    private RecordCommentsReader() {
    }

    /** @param node the record's {@code comments} member, or null when it has none */
    static List<RevisionComment> read(JsonNode node, BundleRecord record, String where, String source) {
        if (node == null) {
            return List.of();
        }
        String at = where + ".comments";
        if (!node.isArray()) {
            throw ManifestReader.badRecord(source, at, "required");
        }
        if (node.size() > RevisionComment.MAX_PER_RECORD) {
            throw ManifestReader.badRecord(source, at, "too-many", RevisionComment.MAX_PER_RECORD);
        }
        Set<String> named = new HashSet<>(record.ancestors());
        named.add(record.digest());
        Set<String> seen = new HashSet<>();
        List<RevisionComment> comments = new ArrayList<>();
        for (JsonNode c : node) {
            if (!c.isObject() || c.size() != FIELDS.size() || !FIELDS.stream().allMatch(c::has)) {
                throw ManifestReader.badRecord(source, at, "bad-comment");
            }
            JsonNode digest = c.get("digest");
            JsonNode text = c.get("text");
            if (!digest.isTextual() || !named.contains(digest.asText()) || !seen.add(digest.asText())) {
                throw ManifestReader.badRecord(source, at, "bad-comment");
            }
            if (!text.isTextual() || !RevisionComment.isUsable(text.asText())) {
                throw ManifestReader.badRecord(source, at, "bad-comment");
            }
            comments.add(new RevisionComment(digest.asText(), text.asText()));
        }
        return comments;
    }
}
