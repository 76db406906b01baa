package org.contrechamp.core.bundle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * One record in a bundle: the sender's changes to one sighting since the revision the receivers are
 * expected to hold ({@code baseRevision}, 0 for a new record), collapsed into one step.
 *
 * @param baseDigest {@link RecordDigest} of the base version as the sender holds it, null when the
 *                   base is 0; revision numbers alone do not tell two different edits apart
 * @param fields     the fields changed since the base (all of them for a new record); a receiver
 *                   checks them against the values, never believes them alone
 * @param deleted    the record is a tombstone after this change
 * @param sighting   the full values after the change (for a tombstone, the values it was deleted with)
 * @param digest     the digest of this version ({@link RecordDigest#of(Sighting, boolean)}): checked
 *                   by the reader against the values
 * @param parents    the revisions this one was made from, as the sender names them: the base, and
 *                   for a merge or a resolution the other side (format 2; empty in format 1)
 * @param ancestors  every revision this version includes, parents among them (format 2; empty in
 *                   format 1): a receiver holding one of them as its current revision holds nothing
 *                   this version lacks
 * @param author     the key (hex) that created the record, as the sender knows it; null in format 1.
 *                   Information only: who may change a record is decided by the signed creation
 * @param format     the bundle format the record came in (1, 2 or 3)
 * @param comments   the comments of the decisions among the collapsed changes, each by the revision
 *                   it made: this version or one of its ancestors (format 3; none before)
 * @param deletedOrRestored the collapsed changes deleted or restored the record since the base, even
 *                   where it ends as the base was (deleted, restored and deleted again): written as
 *                   {@code deleted} in {@code fields} (format 4; false before and for a new record).
 *                   Without it such a change looks like none beside someone else's (docs/adr/0057)
 */
public record BundleRecord(UUID id, long revision, long baseRevision, String baseDigest, ChangeKind change,
                           Set<SightingField> fields, boolean deleted, Sighting sighting, String digest,
                           List<String> parents, List<String> ancestors, String author, int format,
                           List<RevisionComment> comments, boolean deletedOrRestored) {

    public BundleRecord {
        comments = List.copyOf(comments);
        // An enum set (ordered, a bit mask): Set.copyOf hashed every name of every record of a bundle.
        fields = fields.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(fields));
        parents = List.copyOf(parents);
        ancestors = List.copyOf(ancestors);
        if (digest == null) {
            digest = RecordDigest.of(sighting, deleted);
        }
    }

    /** A record without comments. */
    public BundleRecord(UUID id, long revision, long baseRevision, String baseDigest, ChangeKind change,
                        Set<SightingField> fields, boolean deleted, Sighting sighting, String digest,
                        List<String> parents, List<String> ancestors, String author, int format) {
        this(id, revision, baseRevision, baseDigest, change, fields, deleted, sighting, digest, parents, ancestors,
                author, format, List.of(), false);
    }

    /** A record of format 1: no parents, ancestors, author or comment; the digest is computed. */
    public BundleRecord(UUID id, long revision, long baseRevision, String baseDigest, ChangeKind change,
                        Set<SightingField> fields, boolean deleted, Sighting sighting) {
        this(id, revision, baseRevision, baseDigest, change, fields, deleted, sighting, null, List.of(), List.of(),
                null, 1);
    }

    /** The same record with other values (its photos named as this computer holds them); the digest stays. */
    BundleRecord withSighting(Sighting values) {
        return new BundleRecord(id, revision, baseRevision, baseDigest, change, fields, deleted, values, digest, parents,
                ancestors, author, format, comments, deletedOrRestored);
    }

    /** The same record carrying these comments (format 3 when there are any). */
    BundleRecord withComments(List<RevisionComment> notes) {
        return new BundleRecord(id, revision, baseRevision, baseDigest, change, fields, deleted, sighting, digest, parents,
                ancestors, author, notes.isEmpty() ? format : Math.max(format, BundleFormat.WITH_COMMENTS), notes,
                deletedOrRestored);
    }

    /**
     * The same record saying whether it deleted or restored the record since its base (format 4 when
     * it does).
     */
    public BundleRecord withDeletedOrRestored(boolean said) {
        return new BundleRecord(id, revision, baseRevision, baseDigest, change, fields, deleted, sighting, digest, parents,
                ancestors, author, said ? BundleFormat.VERSION : format, comments, said);
    }

    /** The revisions this version includes: its ancestors and its base. */
    Set<String> includes() {
        Set<String> all = new LinkedHashSet<>(ancestors);
        if (baseDigest != null) {
            all.add(baseDigest);
        }
        all.addAll(parents);
        return all;
    }
}
