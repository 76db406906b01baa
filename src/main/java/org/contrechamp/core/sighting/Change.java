package org.contrechamp.core.sighting;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One stored change of one sighting: the unit of history, of sync ("what changed since the last
 * bundle") and of merging ("which revision was this edit based on, which fields did it change").
 *
 * @param revision     the record's revision after this change
 * @param baseRevision the revision the change was made on (0 for a creation)
 * @param fields       the fields whose values changed (all fields for a creation)
 * @param origin       where the change was made: {@link #LOCAL}, or {@code bundle:<id>} for work
 *                     that arrived in a bundle
 */
public record Change(UUID sightingId, long revision, long baseRevision, ChangeKind kind, Instant at,
                     Set<SightingField> fields, String origin) {

    public static final String LOCAL = "local";

    public Change {
        fields = Set.copyOf(fields);
        if (revision <= baseRevision) {
            throw new IllegalArgumentException("a change moves a revision forward: " + baseRevision + " -> " + revision);
        }
    }
}
