package org.contrechamp.core.bundle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

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
    /** New records, stored together by {@link #flush} (one prepared statement for thousands). */
    private final List<Sighting> fresh = new ArrayList<>();
    private final List<Change> freshChanges = new ArrayList<>();
    private final Map<UUID, BundleLedger.Provenance> provenance = new LinkedHashMap<>();

    RecordMerger(SightingRepository repository, BundleLedger ledger) {
        this.repository = repository;
        this.ledger = ledger;
    }

    /** @param heldEntry the last version we hold of the record, if any (looked up for the whole bundle at once) */
    Outcome merge(BundleRecord in, Optional<HistoryEntry> heldEntry, VerifiedBundle bundle, String source, Instant now) {
        String origin = "bundle:" + bundle.id();
        Instant at = in.sighting().updatedAt() != null ? in.sighting().updatedAt() : now;
        if (heldEntry.isEmpty()) {
            // New here, or an edit of a record we never received: the full values make it whole.
            Change change = new Change(in.id(), in.revision(), 0, in.change(), at, in.fields(), origin);
            if (in.deleted()) {
                repository.store(in.sighting(), true, change);
            } else {
                fresh.add(in.sighting());
                freshChanges.add(change);
            }
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
        provenance.put(in.id(), new BundleLedger.Provenance(bundle.signer().fingerprint(),
                bundle.signer().identity().name(), bundle.id(), in.revision()));
    }

    /** Stores the new records and the provenance of every applied one; call inside the transaction. */
    void flush() {
        repository.storeAll(fresh, freshChanges);
        ledger.setProvenance(provenance);
        fresh.clear();
        freshChanges.clear();
        provenance.clear();
    }
}
