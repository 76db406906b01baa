package org.contrechamp.core.bundle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingRepository;

/**
 * Decides what one incoming record does to the record we hold, and does it. Nothing held is ever
 * overwritten by a change its sender had no right to make or made on another base:
 * <ul>
 * <li>the author of a record is the key that created it (no author recorded: it was made here);
 * only the author and coordinators change it: anyone else's change is kept as a proposal
 * ({@link BundleLedger.ConflictReason#NOT_AUTHOR});</li>
 * <li>an edit on a base we do not hold is kept as a {@link BundleLedger.ConflictReason#DIVERGED} conflict;</li>
 * <li>a creation under an id another signer created is a {@link BundleLedger.ConflictReason#COLLISION},
 * kept and alerted;</li>
 * <li>an edit of a record we do not hold yet waits for its creation ({@link AuthorshipLedger.Waiting}),
 * whatever revision it claims: it is never taken for the original; likewise an edit made on a
 * revision that has not reached us yet waits for it.</li>
 * </ul>
 */
final class RecordMerger {

    enum Outcome { APPLIED, UNCHANGED, CONFLICT, WAITING }

    /**
     * Who sent a record: the key that signed its bundle, and the bundle.
     *
     * @param coordinator whether the key was a coordinator's when its bundle was received
     * @param trusted     whether the key is trusted now (an edit kept waiting since may come from a key
     *                    revoked meanwhile: it is then only a proposal, whoever made it)
     */
    record Sender(Fingerprint signer, String signerName, String bundleId, long seq, boolean coordinator,
                  boolean trusted) {
    }

    private final SightingRepository repository;
    private final BundleLedger ledger;
    private final AuthorshipLedger authorship;
    private final Instant now;
    /** New records, stored together by {@link #flush} (one prepared statement for thousands). */
    private final List<Sighting> fresh = new ArrayList<>();
    private final List<Change> freshChanges = new ArrayList<>();
    private final Map<UUID, BundleLedger.Provenance> provenance = new LinkedHashMap<>();
    private final Map<UUID, Fingerprint> authors = new LinkedHashMap<>();
    /** Records this merger created or changed, whose waiting edits may now fit. */
    private final Set<UUID> touched = new LinkedHashSet<>();

    RecordMerger(SightingRepository repository, BundleLedger ledger, AuthorshipLedger authorship, Instant now) {
        this.repository = repository;
        this.ledger = ledger;
        this.authorship = authorship;
        this.now = now;
    }

    /**
     * @param heldEntry the last version we hold of the record, if any
     * @param author    the key that created the record, empty when it was made here (or is not held)
     */
    Outcome merge(BundleRecord in, Optional<HistoryEntry> heldEntry, Optional<Fingerprint> author, Sender from) {
        if (heldEntry.isEmpty()) {
            return isCreation(in) ? create(in, from) : waitForBase(in, from);
        }
        HistoryEntry held = heldEntry.get();
        Sighting mine = held.after();
        if (in.baseRevision() == 0) {
            // Before any comparison of values: a creation copied verbatim is still someone else's.
            return creationOfAHeldRecord(in, mine, author, from);
        }
        if (mine.revision() == in.revision() && held.deleted() == in.deleted()
                && RecordDigest.of(mine).equals(RecordDigest.of(in.sighting()))) {
            return Outcome.UNCHANGED;
        }
        if (held.deleted() == in.deleted() && SightingField.changedBetween(mine, in.sighting()).isEmpty()) {
            return Outcome.UNCHANGED; // the same values on both sides: nothing to apply or propose
        }
        boolean mayChange = from.trusted()
                && (from.coordinator() || author.map(a -> a.equals(from.signer())).orElse(false));
        if (!mayChange) {
            return conflict(in, mine, from, BundleLedger.ConflictReason.NOT_AUTHOR);
        }
        if (mine.revision() == in.baseRevision() && RecordDigest.of(mine).equals(in.baseDigest())) {
            repository.store(in.sighting(), in.deleted(), change(in, in.baseRevision(), from));
            provenance(in, from);
            touched.add(in.id());
            return Outcome.APPLIED;
        }
        if (in.baseRevision() > mine.revision()) {
            // Made on a revision that has not reached us yet (its bundle is late): wait for it.
            return waitForBase(in, from);
        }
        return conflict(in, mine, from, BundleLedger.ConflictReason.DIVERGED);
    }

    /**
     * A creation of a record we hold: from anyone but its author, a collision (whatever its values:
     * who signs a creation first does not make it theirs); from its author, nothing to do when it is
     * the version we hold at that revision, else the author made the id twice, a conflict.
     */
    private Outcome creationOfAHeldRecord(BundleRecord in, Sighting mine, Optional<Fingerprint> author, Sender from) {
        if (author.isEmpty() || !author.get().equals(from.signer())) {
            // The detail is the record's id alone: what is shown is worded where it is shown, in the reader's language.
            ledger.alert(new BundleLedger.Alert(now, "collision", from.signer(), from.seq(), from.bundleId(),
                    in.id().toString()));
            return conflict(in, mine, from, BundleLedger.ConflictReason.COLLISION);
        }
        boolean sameVersion = repository.atRevision(in.id(), in.revision())
                .filter(e -> !e.deleted() && RecordDigest.of(e.after()).equals(RecordDigest.of(in.sighting())))
                .isPresent();
        return sameVersion ? Outcome.UNCHANGED : conflict(in, mine, from, BundleLedger.ConflictReason.DIVERGED);
    }

    private static boolean isCreation(BundleRecord in) {
        return in.baseRevision() == 0 && in.change() == ChangeKind.CREATE;
    }

    private Outcome create(BundleRecord in, Sender from) {
        fresh.add(in.sighting());
        freshChanges.add(change(in, 0, from));
        provenance(in, from);
        authors.put(in.id(), from.signer());
        touched.add(in.id());
        return Outcome.APPLIED;
    }

    private Outcome waitForBase(BundleRecord in, Sender from) {
        authorship.addWaiting(new AuthorshipLedger.Waiting(in, from.signer(), from.signerName(), from.bundleId(), now,
                from.coordinator()));
        return Outcome.WAITING;
    }

    private Outcome conflict(BundleRecord in, Sighting mine, Sender from, BundleLedger.ConflictReason reason) {
        ledger.addConflict(new BundleLedger.Conflict(0, in.id(), from.bundleId(), from.signer(), mine.revision(),
                in.baseRevision(), in.revision(), in.fields(), in.deleted(), in.sighting(), now, reason));
        return Outcome.CONFLICT;
    }

    private Change change(BundleRecord in, long base, Sender from) {
        Instant at = in.sighting().updatedAt() != null ? in.sighting().updatedAt() : now;
        return new Change(in.id(), in.revision(), base, in.change(), at, in.fields(), "bundle:" + from.bundleId());
    }

    private void provenance(BundleRecord in, Sender from) {
        provenance.put(in.id(), new BundleLedger.Provenance(from.signer(), from.signerName(), from.bundleId(),
                in.revision()));
    }

    /** The records created or changed since the last call (their waiting edits may fit once flushed). */
    Set<UUID> takeTouched() {
        Set<UUID> taken = Set.copyOf(touched);
        touched.clear();
        return taken;
    }

    /** Stores the new records, their authors and the provenance of every applied one; call inside the transaction. */
    void flush() {
        repository.storeAll(fresh, freshChanges);
        ledger.setProvenance(provenance);
        authorship.setAuthors(authors);
        fresh.clear();
        freshChanges.clear();
        provenance.clear();
        authors.clear();
    }
}
