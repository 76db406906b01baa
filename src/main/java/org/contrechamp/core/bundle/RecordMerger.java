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

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.merge.MergeResult;
import org.contrechamp.core.merge.MergeRule;
import org.contrechamp.core.merge.SeveralBases;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingRepository;
import org.contrechamp.core.sighting.StreetFinder;

/**
 * Decides what one incoming record does to the record we hold, and does it (docs/adr/0036, 0041).
 * Nothing held is ever overwritten by a change its sender had no right to make, and nothing is
 * decided silently:
 * <ul>
 * <li>a version we already include (we hold it, or a revision made from it) is old news;</li>
 * <li>the author of a record is the key that created it (no author recorded: it was made here);
 * only the author and coordinators change it: anyone else's change is kept as a proposal
 * ({@link BundleLedger.ConflictReason#NOT_AUTHOR});</li>
 * <li>a version that includes the one we hold replaces it; one made beside ours is merged with it
 * field by field from the last revision both include ({@link ThreeWayMerge}); where the same field
 * differs, it is kept as a {@link BundleLedger.ConflictReason#DIVERGED} conflict for a person;</li>
 * <li>a creation under an id another signer created is a {@link BundleLedger.ConflictReason#COLLISION},
 * kept and alerted;</li>
 * <li>an edit of a record we do not hold yet waits for its creation ({@link AuthorshipLedger.Waiting}),
 * whatever revision it claims: it is never taken for the original; a format-1 edit made on a
 * revision that has not reached us yet waits for it too.</li>
 * </ul>
 * A merge made here is stored as a revision with both sides as parents, and is not ours to sign:
 * every computer that receives both sides makes the same one, with the same digest.
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
    private final PhotoSharingStore photoNames;
    private final StreetFinder streets;
    private final Instant now;
    /** New records, stored together by {@link #flush} (one prepared statement for thousands). */
    private final List<Sighting> fresh = new ArrayList<>();
    private final List<Change> freshChanges = new ArrayList<>();
    private final Map<UUID, BundleLedger.Provenance> provenance = new LinkedHashMap<>();
    private final Map<UUID, Fingerprint> authors = new LinkedHashMap<>();
    /** Records this merger created or changed, whose waiting edits may now fit. */
    private final Set<UUID> touched = new LinkedHashSet<>();

    RecordMerger(SightingRepository repository, BundleLedger ledger, AuthorshipLedger authorship,
                 PhotoSharingStore photoNames, StreetFinder streets, Instant now) {
        this.repository = repository;
        this.ledger = ledger;
        this.authorship = authorship;
        this.photoNames = photoNames;
        this.streets = streets;
        this.now = now;
    }

    /**
     * @param heldEntry the last version we hold of the record, if any
     * @param lineage   the digests of every revision the held version includes ({@link SightingRepository#lineage})
     * @param author    the key that created the record, empty when it was made here (or is not held)
     */
    Outcome merge(BundleRecord received, Optional<HistoryEntry> heldEntry, Set<String> lineage,
                  Optional<Fingerprint> author, Sender from) {
        BundleRecord in = inLocalNames(received);
        if (heldEntry.isEmpty()) {
            if (isCreation(in)) {
                return create(in, from);
            }
            return CoordinatorCopies.mayAdopt(in, from) ? adopt(in, from) : waitForBase(in, from);
        }
        HistoryEntry held = heldEntry.get();
        if (in.baseRevision() == 0 && CoordinatorCopies.vouches(from) && lineage.contains(in.digest())) {
            return Outcome.UNCHANGED; // a coordinator's copy of the creation we hold (docs/adr/0049)
        }
        if (in.baseRevision() == 0) {
            // Before any comparison of values: a creation copied verbatim is still someone else's.
            return creationOfAHeldRecord(in, held, lineage, author, from);
        }
        if (lineage.contains(in.digest())) {
            return Outcome.UNCHANGED; // we hold it, or a revision made from it
        }
        boolean mayChange = from.trusted()
                && (from.coordinator() || author.map(a -> a.equals(from.signer())).orElse(false));
        boolean sameValues = held.deleted() == in.deleted() && !sharedFieldsDiffer(held.after(), in.sighting());
        if (!mayChange && !sameValues) {
            return conflict(in, held, from, BundleLedger.ConflictReason.NOT_AUTHOR);
        }
        // (A change that changes nothing is no proposal: it merges like any, and only its time counts.)
        if (in.format() == 1) {
            return mergeFormatOne(in, held, lineage, from);
        }
        if (includesHeld(in.includes(), held)) {
            if (held.change().digest().equals(in.baseDigest())) {
                requireFieldsNamed(in, held.after());
            }
            return fastForward(in, held, from);
        }
        Version mine = new Version(held.after(), held.deleted());
        MergeBase.find(in.id(), in.includes(), lineage, repository, ledger, photoNames).stream()
                .filter(b -> b.digest().equals(in.baseDigest()))
                .forEach(b -> requireFieldsNamed(in, b.version().values()));
        return mergeBeside(in, held, MergeBase.versions(in.id(), mine, in.includes(), lineage, 0, repository, ledger,
                photoNames), from);
    }

    /**
     * A format-1 record names its base by revision and a digest of the older kind: found among the
     * revisions we hold, it is merged as a format-2 base; not found, a base not arrived yet is waited
     * for, and otherwise the two versions are merged without a base (every field that differs is a
     * conflict).
     */
    private Outcome mergeFormatOne(BundleRecord in, HistoryEntry held, Set<String> lineage, Sender from) {
        Optional<HistoryEntry> base = formatOneBase(in);
        if (base.isPresent() && base.get().sequence() == held.sequence()) {
            requireFieldsNamed(in, held.after());
            return fastForward(in, held, from);
        }
        if (base.isEmpty() && in.baseRevision() > held.change().revision()) {
            return waitForBase(in, from); // made on a revision that has not reached us yet (its bundle is late)
        }
        base.ifPresent(b -> requireFieldsNamed(in, b.after()));
        return mergeBeside(in, held, base.map(b -> List.of(new Version(b.after(), b.deleted()))).orElse(List.of()), from);
    }

    private Optional<HistoryEntry> formatOneBase(BundleRecord in) {
        if (in.baseDigest() == null) {
            return Optional.empty();
        }
        Optional<HistoryEntry> atBase = repository.atRevision(in.id(), in.baseRevision());
        boolean exportedSo = ledger.exportedDigest(in.id(), in.baseRevision())
                .filter(in.baseDigest()::equals).isPresent();
        return atBase.filter(e -> exportedSo || RecordDigest.legacy(e.after()).equals(in.baseDigest())
                || e.change().digest().equals(in.baseDigest()));
    }

    /**
     * Whether a version that includes these revisions includes the one we hold: it names it, or ours
     * is a merge made here (never shared, so nobody names it) of parents it includes, or that are
     * themselves such merges. Whoever made that version saw both sides of our merge and decided.
     */
    private boolean includesHeld(Set<String> includes, HistoryEntry held) {
        if (includes.contains(held.change().digest())) {
            return true;
        }
        if (!held.change().origin().startsWith(Change.MERGE_PREFIX) || held.change().parents().isEmpty()) {
            return false;
        }
        Map<String, HistoryEntry> rows = new java.util.HashMap<>();
        for (HistoryEntry row : repository.history(held.change().sightingId())) {
            rows.put(row.change().digest(), row);
        }
        return mergeOfIncluded(held, includes, rows, 0);
    }

    private static boolean mergeOfIncluded(HistoryEntry merge, Set<String> includes, Map<String, HistoryEntry> rows,
                                           int depth) {
        if (depth > 64) {
            return false; // a chain of merges that long is not worth following
        }
        for (String parent : merge.change().parents()) {
            if (includes.contains(parent)) {
                continue;
            }
            HistoryEntry row = rows.get(parent);
            if (row == null || row == merge || !row.change().origin().startsWith(Change.MERGE_PREFIX)
                    || row.change().parents().isEmpty() || !mergeOfIncluded(row, includes, rows, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The incoming version replaces ours, which it includes: stored as it came (our local fields
     * kept), under its own digest.
     */
    private Outcome fastForward(BundleRecord in, HistoryEntry held, Sender from) {
        Sighting values = keepLocalFields(in.sighting(), held.after())
                .toBuilder().revision(Math.max(in.revision(), held.change().revision() + 1)).build();
        List<String> parents = in.parents().isEmpty() ? List.of(held.change().digest()) : in.parents();
        store(values, in.deleted(), held, kindOf(held, in.deleted(), in.change()), "bundle:" + from.bundleId(),
                in.digest(), parents, from.signer().hex());
        repository.addAncestors(in.id(), in.includes());
        provenance(in, values.revision(), from);
        closeIncluded(in.id());
        return Outcome.APPLIED;
    }

    /**
     * Both sides changed the record since the newest revisions both include ({@code bases}, none when
     * they share none): merged field by field; a field that differs is a conflict for a person.
     */
    private Outcome mergeBeside(BundleRecord in, HistoryEntry held, List<Version> bases, Sender from) {
        Version mine = new Version(held.after(), held.deleted());
        Version theirs = new Version(in.sighting(), in.deleted());
        MergeResult result = SeveralBases.merge(bases, mine, theirs);
        if (result.hasConflicts()) {
            return conflictOnSomeFields(in, held, result, from);
        }
        // Always the settled merge, even when its values are one side's: every receiver must make the
        // same revision whichever side it held, so no shortcut may depend on which one that was. When
        // the merge is exactly one side (its values and the later time), it has that side's digest.
        Version merged = result.merged();
        Sighting values = Merges.settled(merged.values(), held.after(), in.sighting());
        String digest = RecordDigest.of(values, merged.deleted(), photoNames::sharedName);
        if (digest.equals(held.change().digest())) {
            repository.addAncestors(in.id(), withOwn(in)); // ours already is the merge
            closeIncluded(in.id());
            return Outcome.UNCHANGED;
        }
        store(values, merged.deleted(), held, kindOf(held, merged.deleted(), ChangeKind.UPDATE),
                Change.MERGE_PREFIX + from.bundleId(), digest, List.of(held.change().digest(), in.digest()), null);
        repository.addAncestors(in.id(), withOwn(in));
        provenance(in, values.revision(), from);
        closeIncluded(in.id());
        return Outcome.APPLIED;
    }

    /**
     * A conflict on some fields is on those fields alone: what merged by itself is stored now (a
     * revision that names only ours as parent, since it does not include the other side whole), and
     * the other side waits for a person, who will decide the rest.
     */
    private Outcome conflictOnSomeFields(BundleRecord in, HistoryEntry held, MergeResult result, Sender from) {
        Version merged = result.merged();
        HistoryEntry kept = held;
        if (merged.deleted() != held.deleted() || sharedFieldsDiffer(merged.values(), held.after())) {
            Sighting values = Merges.settled(merged.values(), held.after(), in.sighting());
            String digest = RecordDigest.of(values, merged.deleted(), photoNames::sharedName);
            // Both sides as parents, but the other side is not recorded as included: its fields in
            // conflict wait for a person. A version that includes both sides supersedes this one.
            store(values, merged.deleted(), held, kindOf(held, merged.deleted(), ChangeKind.UPDATE),
                    Change.MERGE_PREFIX + from.bundleId(), digest, List.of(held.change().digest(), in.digest()), null);
            kept = repository.latest(in.id()).orElse(held);
        }
        return conflict(in, kept, from, BundleLedger.ConflictReason.DIVERGED);
    }

    /**
     * A creation of a record we hold: from anyone but its author, a collision (whatever its values:
     * who signs a creation first does not make it theirs); from its author, a version we do not hold,
     * so the author made the id twice: a conflict.
     */
    private Outcome creationOfAHeldRecord(BundleRecord in, HistoryEntry held, Set<String> lineage,
                                          Optional<Fingerprint> author, Sender from) {
        if (author.isEmpty() || !author.get().equals(from.signer())) {
            // The detail is the record's id alone: what is shown is worded where it is shown, in the reader's language.
            ledger.alert(new BundleLedger.Alert(now, "collision", from.signer(), from.seq(), from.bundleId(),
                    in.id().toString()));
            return conflict(in, held, from, BundleLedger.ConflictReason.COLLISION);
        }
        return lineage.contains(in.digest()) ? Outcome.UNCHANGED
                : conflict(in, held, from, BundleLedger.ConflictReason.DIVERGED);
    }

    /**
     * Refuses a record whose values change a field its list of changed fields does not name: the
     * sender's software is broken or the record was tampered with, and which of the two to believe
     * cannot be told. Checked against the base the record names, when we hold it. A tombstone travels
     * without its photos (the exporter shares none for a deleted record), so its empty photo list says
     * nothing: a merged-away record's tombstone, which names only its tags, is not refused for it.
     */
    private static void requireFieldsNamed(BundleRecord in, Sighting base) {
        if (in.fields().size() == SightingField.values().length) {
            return;
        }
        for (SightingField f : SightingField.changedBetween(base, in.sighting())) {
            if (in.deleted() && f == SightingField.PHOTOS) {
                continue;
            }
            if (MergeRule.of(f).isShared() && !in.fields().contains(f)) {
                throw new InvalidInputException(Problem.of(in.id().toString(), "fields-mismatch", f.jsonName()));
            }
        }
    }

    private static boolean isCreation(BundleRecord in) {
        return in.baseRevision() == 0 && in.change() == ChangeKind.CREATE;
    }

    private Outcome create(BundleRecord in, Sender from) {
        fresh.add(streets.placed(in.sighting(), null));
        freshChanges.add(new Change(in.id(), in.revision(), 0, in.change(), at(in), in.fields(),
                "bundle:" + from.bundleId(), in.digest(), List.of(), from.signer().hex()));
        provenance(in, in.revision(), from);
        authors.put(in.id(), CoordinatorCopies.authorOf(in, from));
        touched.add(in.id());
        return Outcome.APPLIED;
    }

    /**
     * A coordinator's version of a record we do not hold (its consolidated inventory, or an edit that
     * came before the creation): stored as our first revision, everything it includes as its lineage,
     * its author the one the coordinator names ({@link CoordinatorCopies}).
     */
    private Outcome adopt(BundleRecord in, Sender from) {
        Sighting values = streets.placed(in.sighting(), null);
        repository.store(values, in.deleted(), new Change(in.id(), in.revision(), 0, in.change(), at(in), in.fields(),
                "bundle:" + from.bundleId(), in.digest(), in.parents(), from.signer().hex()));
        repository.addAncestors(in.id(), in.includes());
        provenance(in, in.revision(), from);
        authors.put(in.id(), CoordinatorCopies.authorOf(in, from));
        touched.add(in.id());
        return Outcome.APPLIED;
    }

    private Outcome waitForBase(BundleRecord in, Sender from) {
        authorship.addWaiting(new AuthorshipLedger.Waiting(in, from.signer(), from.signerName(), from.bundleId(), now,
                from.coordinator()));
        return Outcome.WAITING;
    }

    /**
     * Keeps the incoming version for a person. An earlier item that this version includes is closed,
     * the newest one standing for both: one from the same signer (a proposal made again, further), or
     * a conflict made further by someone who may change the record (a coordinator's next move of a
     * camera whose author's version is in conflict here).
     */
    private Outcome conflict(BundleRecord in, HistoryEntry held, Sender from, BundleLedger.ConflictReason reason) {
        Set<String> includes = in.includes();
        for (BundleLedger.Conflict open : ledger.openConflicts(in.id())) {
            boolean further = open.signer().equals(from.signer())
                    || (reason == BundleLedger.ConflictReason.DIVERGED && open.reason() == reason);
            if (further && includes.contains(open.incomingDigest())) {
                ledger.closeConflict(open.id(), now, null, null, null);
            }
        }
        ledger.addConflict(new BundleLedger.Conflict(0, in.id(), from.bundleId(), from.signer(),
                held.change().revision(), in.baseRevision(), in.revision(), in.fields(), in.deleted(), in.sighting(),
                now, reason, in.digest(), List.copyOf(includes), null, null));
        return Outcome.CONFLICT;
    }

    /** Settles the open items about a record, if it is held (see {@link #closeIncluded}). */
    void settle(UUID id) {
        if (repository.latest(id).isPresent()) {
            closeIncluded(id);
        }
    }

    /** Open items about a record that its new current revision includes are settled: closed. */
    private void closeIncluded(UUID id) {
        List<BundleLedger.Conflict> open = ledger.openConflicts(id);
        if (open.isEmpty()) {
            return;
        }
        Set<String> lineage = repository.lineage(id);
        for (BundleLedger.Conflict item : open) {
            if (lineage.contains(item.incomingDigest())) {
                ledger.closeConflict(item.id(), now, null, null, null);
            } else if (item.reason() == BundleLedger.ConflictReason.DIVERGED) {
                lineage = mergeIfSettled(id, item, lineage);
            } else if (item.reason() == BundleLedger.ConflictReason.NOT_AUTHOR && nothingToDecide(id, item, lineage)) {
                // Every change it proposes is in the record now (made again by someone who may): it
                // changes nothing, so it merges like the same values sent by anyone, only its time
                // counting, as on the computers where it came after the change.
                lineage = mergeIfSettled(id, item, lineage);
            }
        }
    }

    /** Whether taking a proposal would change nothing in the record held. */
    private boolean nothingToDecide(UUID id, BundleLedger.Conflict item, Set<String> lineage) {
        HistoryEntry held = repository.latest(id).orElseThrow();
        Version mine = new Version(held.after(), held.deleted());
        MergeResult result = SeveralBases.merge(MergeBase.versions(id, mine, Set.copyOf(item.ancestors()), lineage,
                item.id(), repository, ledger, photoNames), mine, MergeBase.inLocalNames(item, photoNames));
        return !result.hasConflicts() && result.merged().deleted() == held.deleted()
                && !sharedFieldsDiffer(result.merged().values(), held.after());
    }

    /**
     * A conflict the record has since grown past (the fields that differed now agree, or one side's
     * change was taken over): merged as it would be if it came now, and closed; nobody is asked about
     * nothing. Returns the lineage after.
     */
    private Set<String> mergeIfSettled(UUID id, BundleLedger.Conflict item, Set<String> lineage) {
        HistoryEntry held = repository.latest(id).orElseThrow();
        Set<String> includes = new LinkedHashSet<>(item.ancestors());
        Version theirs = MergeBase.inLocalNames(item, photoNames);
        Version mine = new Version(held.after(), held.deleted());
        MergeResult result = SeveralBases.merge(MergeBase.versions(id, mine, includes, lineage, item.id(), repository,
                ledger, photoNames), mine, theirs);
        if (result.hasConflicts()) {
            return lineage;
        }
        Version merged = result.merged();
        Sighting values = Merges.settled(merged.values(), held.after(), theirs.values());
        String digest = RecordDigest.of(values, merged.deleted(), photoNames::sharedName);
        if (!digest.equals(held.change().digest())) {
            store(values, merged.deleted(), held, kindOf(held, merged.deleted(), ChangeKind.UPDATE),
                    Change.MERGE_PREFIX + item.bundleId(), digest, List.of(held.change().digest(), item.incomingDigest()),
                    null);
        }
        includes.add(item.incomingDigest());
        repository.addAncestors(id, includes);
        ledger.closeConflict(item.id(), now, null, null, null);
        return repository.lineage(id);
    }

    private void store(Sighting merged, boolean deleted, HistoryEntry held, ChangeKind kind, String origin,
                       String digest, List<String> parents, String author) {
        Sighting values = streets.placed(merged, held.after()); // a record that moved gets the street there
        Set<SightingField> changed = SightingField.changedBetween(held.after(), values);
        repository.store(values, deleted, new Change(values.id(), values.revision(), held.change().revision(), kind,
                values.updatedAt() != null ? values.updatedAt() : now, changed, origin, digest, parents, author));
        touched.add(values.id());
    }

    private static ChangeKind kindOf(HistoryEntry held, boolean deleted, ChangeKind asSent) {
        if (deleted) {
            return ChangeKind.DELETE;
        }
        if (held.deleted()) {
            return ChangeKind.RESTORE;
        }
        return asSent == ChangeKind.CREATE || asSent == ChangeKind.DELETE ? ChangeKind.UPDATE : asSent;
    }

    private Instant at(BundleRecord in) {
        return in.sighting().updatedAt() != null ? in.sighting().updatedAt() : now;
    }

    /** Whether any field everyone shares differs (the street and the draft flag are each computer's own). */
    static boolean sharedFieldsDiffer(Sighting a, Sighting b) {
        return SightingField.changedBetween(a, b).stream().anyMatch(f -> MergeRule.of(f).isShared());
    }

    private static Sighting keepLocalFields(Sighting incoming, Sighting held) {
        Sighting.Builder b = incoming.toBuilder();
        for (SightingField f : SightingField.values()) {
            if (!MergeRule.of(f).isShared()) {
                f.copy(held, b);
            }
        }
        return b.build();
    }

    private static Set<String> withOwn(BundleRecord in) {
        Set<String> all = new LinkedHashSet<>(in.includes());
        all.add(in.digest());
        return all;
    }

    /**
     * The record with its photos named as this computer holds them: on the author's computer a shared
     * copy stands for the original it was made from, which is what the author's revisions name.
     */
    private BundleRecord inLocalNames(BundleRecord in) {
        List<String> photos = in.sighting().photos();
        if (photos.isEmpty()) {
            return in;
        }
        List<String> local = photos.stream().map(photoNames::localName).toList();
        return local.equals(photos) ? in : in.withSighting(in.sighting().toBuilder().photos(local).build());
    }

    private void provenance(BundleRecord in, long revision, Sender from) {
        provenance.put(in.id(), new BundleLedger.Provenance(from.signer(), from.signerName(), from.bundleId(), revision));
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
