package org.contrechamp.core.provenance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The questions provenance asks of storage that the other ledgers cannot answer one record at a
 * time. Counts are keyed by key fingerprint (hex); {@link #SELF} stands for this computer's own key.
 */
public interface ProvenanceLedger {

    String SELF = "";

    /** The records whose tombstone says they were merged into {@code survivor}. */
    List<UUID> mergedInto(UUID survivor);

    /** Bundles imported, by signer; this computer's own are under {@link #SELF}. */
    Map<String, Integer> bundlesBySigner();

    /** Records created, by author (records made here under {@link #SELF}). */
    Map<String, Integer> recordsByAuthor();

    /**
     * Confirmations of others' cameras, by who made them: revisions of a record someone else created
     * that move its check date (decisions on review items and merges made here left out), and
     * proposals that move it on, unless declined whole.
     */
    Map<String, Integer> confirmationsByAuthor();

    /** The records still held that were merged with another, on either side of the merge. */
    Set<UUID> mergedRecords();
}
