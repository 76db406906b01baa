package org.contrechamp.core.bundle;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;

/**
 * Who created each record received from others, and the edits that arrived before their record's
 * creation. Implemented by storage; calls made inside {@code Transactions.inTransaction} join it.
 */
public interface AuthorshipLedger {

    /**
     * An edit of a record (or revision) not held yet, from the bundle that carried it, waiting for it.
     *
     * @param coordinator whether its signer was a coordinator when it arrived: it is merged with the
     *                    role it came with, so that the order of arrival changes nothing
     */
    record Waiting(BundleRecord record, Fingerprint signer, String signerName, String bundleId, Instant receivedAt,
                   boolean coordinator) {
    }

    /**
     * The authors of those of {@code ids} that were created elsewhere; a record made here, or not held,
     * has none.
     */
    Map<UUID, Fingerprint> authors(Collection<UUID> ids);

    /** Every record's author at once: one read where a search over all records needs them all. */
    Map<UUID, Fingerprint> allAuthors();

    /** Records the author of newly received records; an author once recorded is never replaced. */
    void setAuthors(Map<UUID, Fingerprint> authors);

    /** Keeps an edit until its record's creation arrives (the same edit from the same bundle once). */
    void addWaiting(Waiting waiting);

    /** The edits waiting for these records, by record, each list in the order of their revisions. */
    Map<UUID, List<Waiting>> waiting(Collection<UUID> ids);

    /** Every waiting edit, oldest first. */
    List<Waiting> allWaiting();

    /** How many edits wait. */
    int waitingCount();

    void removeWaiting(UUID sightingId, String bundleId);
}
