package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingRepository;

/**
 * Which collected changes may leave the laptop. A draft that photo import made and nobody has reviewed
 * yet stays here (with its photos), and a record made and deleted before it was ever shared leaves no
 * trace (not even its position in a deletion). When a held-back draft is confirmed later, the receivers
 * still hold nothing of it, so it travels as a creation with all its fields.
 */
final class ReadyToShare {

    private final BundleLedger ledger;
    private final SightingRepository repository;

    ReadyToShare(BundleLedger ledger, SightingRepository repository) {
        this.ledger = ledger;
        this.repository = repository;
    }

    /** What may go, and how many drafts wait for their review (to tell the volunteer). */
    record Ready(List<ChangeCollector.Collected> records, int draftsKept) {
    }

    Ready filter(List<ChangeCollector.Collected> collected) {
        List<ChangeCollector.Collected> ready = new ArrayList<>(collected.size());
        int draftsKept = 0;
        for (ChangeCollector.Collected c : collected) {
            boolean receiversHoldIt = c.baseRevision() > 0 && shared(c.last().after().id(), c.baseRevision());
            if (receiversHoldIt) {
                ready.add(c); // an edit, a deletion or a restore of a record others already have
            } else if (c.last().deleted()) {
                continue; // never shared: its deletion would tell others nothing but where it was
            } else if (c.last().after().draft()) {
                draftsKept++; // waits for its review
            } else if (c.baseRevision() > 0) {
                ready.add(new ChangeCollector.Collected(c.last(), 0, EnumSet.allOf(SightingField.class),
                        ChangeKind.CREATE, c.chain(), false));
            } else {
                ready.add(c);
            }
        }
        return new Ready(ready, draftsKept);
    }

    /** Whether the receivers hold this revision: we signed it, or it reached us in a bundle. */
    private boolean shared(UUID id, long revision) {
        return ledger.exportedDigest(id, revision).isPresent() || repository.atRevision(id, revision)
                .map(entry -> !Change.LOCAL.equals(entry.change().origin())).orElse(false);
    }
}
