package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * Reads what format 2 adds to a record (docs/adr/0042): the digest of its version, checked against
 * its values; the revisions it was made from and those it includes, each a digest listed once; and
 * the key that created the record.
 */
final class RecordLineageReader {

    private RecordLineageReader() {
    }

    static BundleRecord read(JsonNode r, String where, String source, UUID id, long revision, long base,
                             String baseDigest, ChangeKind change, Set<SightingField> fields, boolean deleted,
                             Sighting values, int version) {
        JsonNode digestNode = r.get("digest");
        if (digestNode == null || !digestNode.isTextual() || !BundleFormat.isHex64(digestNode.asText())) {
            throw ManifestReader.badRecord(source, where + ".digest", "required");
        }
        String digest = digestNode.asText();
        if (!digest.equals(RecordDigest.of(values, deleted))) {
            // The values are not the version the sender named: believing either would be a guess.
            throw ManifestReader.badRecord(source, where + ".digest", "digest-mismatch");
        }
        List<String> parents = digests(r.get("parents"), where + ".parents", BundleFormat.MAX_PARENTS, source);
        List<String> ancestors = digests(r.get("ancestors"), where + ".ancestors", BundleFormat.MAX_ANCESTORS, source);
        if ((base == 0) != parents.isEmpty() || (baseDigest != null && !parents.contains(baseDigest))) {
            throw ManifestReader.badRecord(source, where + ".parents", "bad-parents");
        }
        if (parents.contains(digest) || ancestors.contains(digest)) {
            throw ManifestReader.badRecord(source, where + ".ancestors", "bad-parents");
        }
        JsonNode authorNode = r.get("author");
        if (authorNode == null || !authorNode.isTextual()
                || Fingerprint.parse(authorNode.asText()).filter(f -> f.hex().equals(authorNode.asText())).isEmpty()) {
            throw ManifestReader.badRecord(source, where + ".author", "required");
        }
        return new BundleRecord(id, revision, base, baseDigest, change, fields, deleted, values, digest, parents,
                ancestors, authorNode.asText(), version);
    }

    private static List<String> digests(JsonNode node, String where, int max, String source) {
        if (node == null || !node.isArray()) {
            throw ManifestReader.badRecord(source, where, "required");
        }
        if (node.size() > max) {
            throw ManifestReader.badRecord(source, where, "too-many", max);
        }
        Set<String> seen = new LinkedHashSet<>();
        for (JsonNode d : node) {
            if (!d.isTextual() || !BundleFormat.isHex64(d.asText()) || !seen.add(d.asText())) {
                throw ManifestReader.badRecord(source, where, "bad-digest-list");
            }
        }
        return new ArrayList<>(seen);
    }
}
