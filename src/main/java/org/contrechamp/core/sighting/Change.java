package org.contrechamp.core.sighting;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One stored change of one sighting: the unit of history, of sync ("what changed since the last
 * bundle") and of merging ("which revision was this edit based on, which fields did it change").
 *
 * @param revision     the record's revision after this change: the number people see, counted on
 *                     this computer (a merge made here in another order numbers differently)
 * @param baseRevision the revision the change was made on (0 for a creation)
 * @param fields       the fields whose values changed (all fields for a creation)
 * @param origin       where the change was made: {@link #LOCAL}, {@code bundle:<id>} for work that
 *                     arrived in a bundle, {@code merge:<id>} for a merge made here on receiving one
 * @param digest       the revision's identity across computers (docs/adr/0041), null to let the
 *                     storage compute it from the values (photos named as this computer holds them)
 * @param parents      the digests of the revisions this one was made from: one for an edit, two for a
 *                     merge or a resolution, none for a creation; empty also when not known (a change
 *                     stored by an earlier version: its parent is the row before)
 * @param author       fingerprint (hex) of the key that made this revision; null for this computer's
 *                     own key and for automatic merges
 */
public record Change(UUID sightingId, long revision, long baseRevision, ChangeKind kind, Instant at,
                     Set<SightingField> fields, String origin, String digest, List<String> parents,
                     String author) {

    public static final String LOCAL = "local";
    /** Origin prefix of a merge made here when a bundle arrived: not a change of ours to sign. */
    public static final String MERGE_PREFIX = "merge:";

    public Change {
        fields = Set.copyOf(fields);
        parents = List.copyOf(parents);
        if (revision <= baseRevision) {
            throw new IllegalArgumentException("a change moves a revision forward: " + baseRevision + " -> " + revision);
        }
    }

    /** A change whose digest the storage computes, with no parents named (local edits, tests). */
    public Change(UUID sightingId, long revision, long baseRevision, ChangeKind kind, Instant at,
                  Set<SightingField> fields, String origin) {
        this(sightingId, revision, baseRevision, kind, at, fields, origin, null, List.of(), null);
    }

    public Change withDigest(String value) {
        return new Change(sightingId, revision, baseRevision, kind, at, fields, origin, value, parents, author);
    }
}
