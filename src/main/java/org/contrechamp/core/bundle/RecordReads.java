package org.contrechamp.core.bundle;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.sighting.SightingRepository;

/**
 * What one merge reads of a record, read once: what is known of its revisions, what its current
 * revision includes, and its review items. Settling a record used to read the lineage and the open
 * items again right after {@link KnownRevisions#of} had read them, with nothing written in between:
 * three statements more for every edit a bundle brings (docs/benchmarks.md). Valid until the merge
 * writes the record; whoever writes it reads again or works out what changed.
 *
 * @param lineage  the digests of every revision the current revision includes
 * @param released the proposals it took and gave back (docs/adr/0058)
 * @param items    every review item about the record, open or closed, oldest first
 */
record RecordReads(KnownRevisions known, Set<String> lineage, Set<String> released, List<BundleLedger.Conflict> items) {

    static RecordReads of(UUID id, SightingRepository repository, BundleLedger ledger, KeptRevisions kept,
                          PhotoSharingStore photoNames) {
        Set<String> lineage = Collections.unmodifiableSet(repository.lineage(id));
        List<BundleLedger.Conflict> items = ledger.conflictsAbout(id);
        Set<String> released = repository.released(id);
        return new RecordReads(KnownRevisions.of(repository.history(id), lineage, released, kept.about(id), items,
                photoNames, revision -> ledger.exportedDigest(id, revision).isPresent()), lineage, released, items);
    }

    /** The open items, oldest first: what {@link BundleLedger#openConflicts(UUID)} gives. */
    List<BundleLedger.Conflict> open() {
        return items.stream().filter(BundleLedger.Conflict::isOpen).toList();
    }
}
