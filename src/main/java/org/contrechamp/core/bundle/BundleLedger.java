package org.contrechamp.core.bundle;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;

/**
 * The bookkeeping of bundles in this data directory: what it signed, what it imported, what waits
 * for a trust decision, alerts, where imported records came from, and edits kept for review.
 * Implemented by storage; calls made inside {@code Transactions.inTransaction} join it.
 */
public interface BundleLedger {

    /** A bundle this data directory signed. {@code historySeq}: the last history row it covers. */
    record Exported(long seq, String bundleId, String prev, String audience, Instant createdAt, long historySeq, int records, int blobs) {
    }

    record Imported(String bundleId, Fingerprint signer, long seq, String prev, Instant importedAt, int records,
                    int applied, int conflicts, int blobs) {
    }

    /** A bundle file whose signer is not in the keyring; {@code signer} is the envelope's unverified claim. */
    record Pending(Fingerprint signer, String fileName, long seq, Instant firstSeen) {
    }

    record Alert(Instant at, String kind, Fingerprint signer, long seq, String bundleId, String detail) {
    }

    /** Which signed bundle brought the last revision received of a record: its current one, unless an edit or decision made here came since. */
    record Provenance(Fingerprint signer, String signerName, String bundleId, long revision) {
    }

    /** Why an incoming change was kept for review instead of applied. */
    enum ConflictReason {
        /** An edit made on a base we do not hold (both sides changed the record). */
        DIVERGED("diverged"),
        /** A change by a key that is neither the record's author nor a coordinator: a proposal. */
        NOT_AUTHOR("not-author"),
        /** A second signer creating a record under an id another signer created. */
        COLLISION("collision");

        private final String code;

        ConflictReason(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static ConflictReason fromCode(String code) {
            for (ConflictReason r : values()) {
                if (r.code.equals(code)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("unknown conflict reason " + code);
        }
    }

    /**
     * An incoming change kept for review, never applied by itself; {@code reason} says why.
     *
     * @param incomingDigest the digest of the version that arrived
     * @param ancestors      the revisions that version includes (what it was made on)
     * @param resolvedAt     when it was decided or found included in a later revision; null while open
     * @param comment        what the person who decided wrote, or null
     */
    record Conflict(long id, UUID sightingId, String bundleId, Fingerprint signer, long heldRevision, long baseRevision,
                    long incomingRevision, Set<SightingField> fields, boolean incomingDeleted, Sighting incoming,
                    Instant detectedAt, ConflictReason reason, String incomingDigest, List<String> ancestors,
                    Instant resolvedAt, String comment) {

        public Conflict {
            ancestors = List.copyOf(ancestors);
            if (incomingDigest == null) {
                incomingDigest = RecordDigest.of(incoming, incomingDeleted);
            }
        }

        public Conflict(long id, UUID sightingId, String bundleId, Fingerprint signer, long heldRevision,
                        long baseRevision, long incomingRevision, Set<SightingField> fields, boolean incomingDeleted,
                        Sighting incoming, Instant detectedAt, ConflictReason reason) {
            this(id, sightingId, bundleId, signer, heldRevision, baseRevision, incomingRevision, fields, incomingDeleted,
                    incoming, detectedAt, reason, null, List.of(), null, null);
        }

        public boolean isOpen() {
            return resolvedAt == null;
        }
    }

    Optional<Exported> lastExport();

    List<Exported> exports();

    /**
     * Records a bundle this data directory signed: its envelope (kept to publish it to any repository,
     * now or later) and the digest of each record version it carried.
     */
    void recordExport(Exported exported, byte[] envelope, List<BundleRecord> records);

    /** The signed envelope of one of our bundles. */
    byte[] envelope(long seq);

    /** The digest of a record version as exported, if it was. */
    Optional<String> exportedDigest(UUID sightingId, long revision);

    Optional<Imported> imported(String bundleId);

    Optional<Imported> importedAt(Fingerprint signer, long seq);

    void recordImport(Imported imported);

    void keepPending(Pending pending);

    /** Forgets pending entries of a signer (trusted now, or its bundles imported). */
    void clearPending(Fingerprint signer, String fileName);

    List<Pending> pending();

    /** Records an alert once (the same kind, signer, seq and bundle are not repeated). */
    void alert(Alert alert);

    List<Alert> alerts();

    /** Records where each of these records' current revision came from. */
    void setProvenance(Map<UUID, Provenance> provenance);

    Optional<Provenance> provenance(UUID sightingId);

    /** Where every imported record came from (records made here have none): the author filter. */
    Map<UUID, Provenance> allProvenance();

    void addConflict(Conflict conflict);

    List<Conflict> openConflicts();

    /** One item of the review queue, open or decided. */
    Optional<Conflict> conflict(long id);

    /** The open items about one record, oldest first. */
    List<Conflict> openConflicts(UUID sightingId);

    /** Every item about one record, open or closed, oldest first: the versions bundles brought for review. */
    List<Conflict> conflictsAbout(UUID sightingId);

    /**
     * Closes an item: decided by a person ({@code resolution} says how, as JSON; {@code resultDigest}
     * is the revision it made) or found included in a later revision (both null).
     */
    void closeConflict(long id, Instant at, String resolution, String comment, String resultDigest);

    /**
     * Opens again an item closed because a revision included it, now that the record has given its
     * proposal back (docs/adr/0058), as found {@code at}: the sync that gave it back lists it among
     * what it brought. An item a person decided stays closed.
     */
    void reopenConflict(long id, Instant at);
}
