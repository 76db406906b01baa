package org.contrechamp.core.bundle;

import java.util.Collections;
import java.util.EnumSet;
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
 * @param fields     the fields changed since the base (all of them for a new record)
 * @param deleted    the record is a tombstone after this change
 * @param sighting   the full values after the change (for a tombstone, the values it was deleted with)
 */
public record BundleRecord(UUID id, long revision, long baseRevision, String baseDigest, ChangeKind change,
                           Set<SightingField> fields, boolean deleted, Sighting sighting) {

    public BundleRecord {
        // An enum set (ordered, a bit mask): Set.copyOf hashed every name of every record of a bundle.
        fields = fields.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(fields));
    }
}
