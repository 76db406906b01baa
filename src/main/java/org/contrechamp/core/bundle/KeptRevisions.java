package org.contrechamp.core.bundle;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * The values of every version of a record this computer has received, and of the merges it made,
 * by digest, with everything each includes (docs/adr/0055). History rows hold only what the record
 * was here; a version merged beside them, a creation that came after a coordinator's copy, a decision
 * whose values others built on: without them, the base of a later merge depends on what this computer
 * happened to hold, and two computers that saw the same work in another order merge it differently.
 * Implemented by storage; written in the import's transaction.
 */
public interface KeptRevisions {

    /**
     * One version.
     *
     * @param sighting its values, photos named as they travel (shared copies); for a merge made here,
     *                 as this computer names them
     * @param includes every revision it includes (its parents among them)
     * @param signer   the key that signed the bundle it came in; null for what this computer made
     * @param counts   whether it is part of the record as its signer sent it: the signer could change
     *                 the record when it came (its author or a coordinator). A proposal does not count
     *                 until a decision includes it; a merge made here never counts by itself (the
     *                 versions it merged do); this computer's own edits and decisions count here
     * @param changed  the fields it says it changed since the version it was made on (its bundle
     *                 record's {@code fields}; for an edit here, its rows'); none for a merge made here
     * @param deletedOrRestored it says it deleted or restored the record since that version, even where
     *                 it ends as that version was (docs/adr/0057); never for a merge made here
     */
    record Kept(String digest, Sighting sighting, boolean deleted, Set<String> includes, Fingerprint signer,
                boolean counts, Set<SightingField> changed, boolean deletedOrRestored) {

        public Kept {
            includes = Set.copyOf(includes);
            changed = changed.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(changed));
        }

        /** Whether this is a merge this computer made on receipt, not a version anyone sent or edited. */
        public boolean madeHere() {
            return signer == null && !counts;
        }

        /** Whether this computer made it: a merge on receipt, or an edit or decision of its own. */
        public boolean ownHere() {
            return signer == null;
        }
    }

    /**
     * Keeps a version; one already kept under this digest stays as it is, except a merge made here,
     * which a version someone sent under the same digest replaces (it is that version), and a proposal,
     * which the same version from someone who may change the record replaces (it counts).
     *
     * @return whether it was not kept before, or replaced a merge made here
     */
    boolean keep(UUID id, Kept kept);

    /** Every version kept of a record, in the order they were kept. */
    List<Kept> about(UUID id);

    /**
     * A decision's comment, by the revision it made.
     *
     * @param signer the key that signed it; null when it was written here
     */
    record Comment(String digest, String text, Fingerprint signer) {
    }

    /** Keeps a decision's comment; one already kept for this revision stays as it is. */
    void comment(UUID id, Comment comment);

    /** The comments of a record's revisions, by digest. */
    java.util.Map<String, Comment> comments(UUID id);
}
