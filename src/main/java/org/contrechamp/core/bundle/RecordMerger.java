package org.contrechamp.core.bundle;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingRepository;

/**
 * Decides what one incoming record does to the record we hold, and does it. Nothing held is ever
 * overwritten by an edit made on another base: such an edit becomes a {@link BundleLedger.Conflict}.
 */
final class RecordMerger {

    enum Outcome { APPLIED, UNCHANGED, CONFLICT }

    private final SightingRepository repository;
    private final BundleLedger ledger;

    RecordMerger(SightingRepository repository, BundleLedger ledger) {
        this.repository = repository;
        this.ledger = ledger;
    }

    Outcome merge(BundleRecord in, VerifiedBundle bundle, String source, Instant now) {
        Optional<HistoryEntry> heldEntry = repository.latest(in.id());
        String origin = "bundle:" + bundle.id();
        Instant at = in.sighting().updatedAt() != null ? in.sighting().updatedAt() : now;
        if (heldEntry.isEmpty()) {
            // New here, or an edit of a record we never received: the full values make it whole.
            repository.store(in.sighting(), in.deleted(), new Change(in.id(), in.revision(), 0, in.change(), at,
                    in.fields(), origin));
            provenance(in, bundle);
            return Outcome.APPLIED;
        }
        HistoryEntry held = heldEntry.get();
        Sighting mine = held.after();
        String heldDigest = RecordDigest.of(mine);
        if (mine.revision() == in.revision() && held.deleted() == in.deleted()
                && heldDigest.equals(RecordDigest.of(in.sighting()))) {
            return Outcome.UNCHANGED;
        }
        if (in.baseRevision() == 0) {
            if (mine.revision() >= in.revision()) {
                // The creation of a record we already hold a later version of (it reached us through
                // someone's edit first): nothing to do.
                return Outcome.UNCHANGED;
            }
            throw new BundleRejectedException(source, "bundle-record-collision", in.id());
        }
        if (mine.revision() == in.baseRevision() && heldDigest.equals(in.baseDigest())) {
            repository.store(in.sighting(), in.deleted(), new Change(in.id(), in.revision(), in.baseRevision(),
                    in.change(), at, in.fields(), origin));
            provenance(in, bundle);
            return Outcome.APPLIED;
        }
        if (held.deleted() == in.deleted() && sameValues(mine, in)) {
            return Outcome.UNCHANGED; // the same edit made on both sides is no conflict
        }
        ledger.addConflict(new BundleLedger.Conflict(0, in.id(), bundle.id(), bundle.signer().fingerprint(),
                mine.revision(), in.baseRevision(), in.revision(), in.fields(), in.deleted(), in.sighting(), now));
        return Outcome.CONFLICT;
    }

    private static boolean sameValues(Sighting mine, BundleRecord in) {
        for (SightingField f : in.fields()) {
            if (!Objects.equals(f.valueOf(mine), f.valueOf(in.sighting()))) {
                return false;
            }
        }
        return true;
    }

    private void provenance(BundleRecord in, VerifiedBundle bundle) {
        ledger.setProvenance(in.id(), new BundleLedger.Provenance(bundle.signer().fingerprint(),
                bundle.signer().identity().name(), bundle.id(), in.revision()));
    }
}
