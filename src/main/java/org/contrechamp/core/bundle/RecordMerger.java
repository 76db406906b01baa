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

    /** The origin of a merge made by the settling sweep of a sync, not on receiving a bundle. */
    private static final String SETTLED = "settled";

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
    private final KeptRevisions kept;
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

    RecordMerger(SightingRepository repository, BundleLedger ledger, KeptRevisions kept, AuthorshipLedger authorship,
                 PhotoSharingStore photoNames, StreetFinder streets, Instant now) {
        this.repository = repository;
        this.ledger = ledger;
        this.kept = kept;
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
        for (RevisionComment c : received.comments()) {
            // The reason a person gave for a decision goes with the revision it made, whatever the
            // revision does here (docs/adr/0055).
            kept.comment(received.id(), new KeptRevisions.Comment(c.digest(), c.text(), from.signer()));
        }
        if (heldEntry.isEmpty()) {
            if (isCreation(in)) {
                return create(in, from);
            }
            return CoordinatorCopies.mayAdopt(in, from) ? adopt(received, in, from) : waitForBase(in, from);
        }
        HistoryEntry held = heldEntry.get();
        if (in.baseRevision() == 0 && CoordinatorCopies.vouches(from) && lineage.contains(in.digest())) {
            keep(received, in.includes(), true, from); // a coordinator's copy of the creation we hold (docs/adr/0049)
            return Outcome.UNCHANGED;
        }
        if (in.baseRevision() == 0) {
            // Before any comparison of values: a creation copied verbatim is still someone else's.
            return creationOfAHeldRecord(received, in, held, lineage, author, from);
        }
        boolean mayChange = from.trusted()
                && (from.coordinator() || author.map(a -> a.equals(from.signer())).orElse(false));
        if (lineage.contains(in.digest())) {
            // Old news. Its values may be new here all the same (a version included by one that came
            // before it, a creation after a coordinator's copy): a base may have been missing them, so
            // the record is settled again with them, as it would have been had they come first.
            boolean heldAsSent = in.digest().equals(held.change().digest())
                    && !held.change().origin().startsWith(Change.MERGE_PREFIX);
            if (heldAsSent || !keep(received, in.includes(), mayChange, from)) {
                return Outcome.UNCHANGED; // (a merge made here under its digest is that version: kept as sent)
            }
            settleRecord(in.id(), held, from.bundleId());
            return repository.latest(in.id()).filter(now -> now.sequence() != held.sequence()).isPresent()
                    ? Outcome.APPLIED : Outcome.UNCHANGED;
        }
        Set<String> includes = in.includes();
        if (in.format() == 1) {
            Optional<HistoryEntry> base = formatOneBase(in);
            if (base.isEmpty() && in.baseRevision() > held.change().revision()) {
                return waitForBase(in, from); // made on a revision that has not reached us yet (its bundle is late)
            }
            base.ifPresent(b -> requireFieldsNamed(in, b.after()));
            includes = base.map(b -> formatOneIncludes(in, b)).orElse(Set.of());
        }
        keep(received, includes, mayChange, from);
        RecordReads reads = RecordReads.of(in.id(), repository, ledger, kept, photoNames);
        KnownRevisions known = reads.known();
        boolean includesHeld = includesHeld(includes, held);
        boolean fastForward = mayChange && includesHeld && includesEveryTip(in, includes, known)
                && includesEveryProposalTaken(in, includes, known, reads.lineage());
        if (in.format() >= 2) {
            if (includesHeld && held.change().digest().equals(in.baseDigest())) {
                requireFieldsNamed(in, held.after());
            } else {
                known.newestCommon(lineage, withOwn(in)).stream()
                        .filter(b -> b.digest().equals(in.baseDigest()))
                        .forEach(b -> requireFieldsNamed(in, b.version().values()));
            }
        }
        if (fastForward) {
            return fastForward(in, held, from, reads);
        }
        return settleWith(in, held, from, mayChange, reads);
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
        UUID id = held.change().sightingId();
        // A merge whose result was exactly a version someone sent has that version's digest: it is
        // that version, which only a version that names it includes.
        Set<String> sent = new java.util.HashSet<>();
        kept.about(id).stream().filter(k -> !k.ownHere()).forEach(k -> sent.add(k.digest()));
        Map<String, HistoryEntry> rows = new java.util.HashMap<>();
        for (HistoryEntry row : repository.history(id)) {
            rows.put(row.change().digest(), row);
        }
        return !sent.contains(held.change().digest()) && mergeOfIncluded(held, includes, rows, sent, 0);
    }

    private static boolean mergeOfIncluded(HistoryEntry merge, Set<String> includes, Map<String, HistoryEntry> rows,
                                           Set<String> sent, int depth) {
        if (depth > 64) {
            return false; // a chain of merges that long is not worth following
        }
        for (String parent : merge.change().parents()) {
            if (includes.contains(parent)) {
                continue;
            }
            HistoryEntry row = rows.get(parent);
            if (row == null || row == merge || sent.contains(parent)
                    || !row.change().origin().startsWith(Change.MERGE_PREFIX)
                    || row.change().parents().isEmpty() || !mergeOfIncluded(row, includes, rows, sent, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the incoming version includes every tip of the record's work held here, not only the
     * current revision: a merge made here whose values came out as one side's has that side's digest,
     * and a version that names that digest may lack the other side (docs/adr/0055). Only then is
     * taking it as it came the same as settling the record afresh.
     */
    private static boolean includesEveryTip(BundleRecord in, Set<String> includes, KnownRevisions known) {
        return known.tips().stream().allMatch(t -> t.digest().equals(in.digest()) || includes.contains(t.digest()));
    }

    /**
     * Whether the incoming version includes every proposal the record took because it had nothing left
     * to decide: no tip, such a proposal is part of the record all the same. Taken as it came, a version
     * made without it would drop it here alone (and keep another update time than the record settled
     * elsewhere, so another digest); settled afresh, it is taken again, or given back if the version
     * leaves it something to decide.
     */
    private static boolean includesEveryProposalTaken(BundleRecord in, Set<String> includes, KnownRevisions known,
                                                      Set<String> lineage) {
        for (String d : lineage) {
            KnownRevisions.Known k = known.get(d);
            if (k != null && !k.counts() && k.signer() != null && !d.equals(in.digest()) && !includes.contains(d)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The incoming version replaces ours, which it includes: stored as it came (our local fields
     * kept), under its own digest.
     */
    private Outcome fastForward(BundleRecord in, HistoryEntry held, Sender from, RecordReads reads) {
        Sighting values = keepLocalFields(in.sighting(), held.after())
                .toBuilder().revision(Math.max(in.revision(), held.change().revision() + 1)).build();
        List<String> parents = in.parents().isEmpty() ? List.of(held.change().digest()) : in.parents();
        store(values, in.deleted(), held, kindOf(held, in.deleted(), in.change()), "bundle:" + from.bundleId(),
                in.digest(), parents, from.signer().hex());
        repository.addAncestors(in.id(), in.includes());
        if (reads.released().contains(in.digest())) {
            repository.addAncestors(in.id(), List.of(in.digest())); // the record is that version now
        }
        provenance(in, values.revision(), from);
        closeIncluded(in.id(), reads.open()); // storing it closed no item: those read before are still open
        return Outcome.APPLIED;
    }

    /**
     * Settles the record afresh from everything known of it ({@link Settlement}) now that the incoming
     * version is kept among it, and says what became of that version: merged, held back as a conflict,
     * or (from someone who may not change the record) kept as a proposal.
     */
    private Outcome settleWith(BundleRecord in, HistoryEntry held, Sender from, boolean counts, RecordReads reads) {
        Optional<Settlement.Settled> settled = settleRecord(in.id(), held, from.bundleId(), reads);
        HistoryEntry now = repository.latest(in.id()).orElse(held);
        boolean changed = now.sequence() != held.sequence();
        if (changed) {
            provenance(in, now.change().revision(), from);
        }
        if (settled.isPresent() && settled.get().holdsBack(in.digest())) {
            return conflict(in, now, from, BundleLedger.ConflictReason.DIVERGED);
        }
        if (!counts) {
            if (!repository.lineage(in.id()).contains(in.digest())) {
                return conflict(in, now, from, BundleLedger.ConflictReason.NOT_AUTHOR);
            }
            // Taken, it asks nothing now; kept as an item closed at once, it is asked again if work
            // that arrives later makes the record give it back (docs/adr/0058).
            conflict(in, now, from, BundleLedger.ConflictReason.NOT_AUTHOR);
            ledger.openConflicts(in.id()).stream()
                    .filter(i -> i.incomingDigest().equals(in.digest()) && i.bundleId().equals(from.bundleId()))
                    .forEach(i -> ledger.closeConflict(i.id(), this.now, null, null, null));
        }
        return changed ? Outcome.APPLIED : Outcome.UNCHANGED;
    }

    /**
     * Stores the settled record when it differs from the one held (a merge made here, named by its
     * digest, the versions it merged as parents), records what it includes, and closes the items it
     * settles: those it includes, and conflicts it no longer holds back (merged since, or standing
     * behind a newer held-back version that includes them).
     */
    private Optional<Settlement.Settled> settleRecord(UUID id, HistoryEntry held, String bundleId) {
        return settleRecord(id, held, bundleId, RecordReads.of(id, repository, ledger, kept, photoNames));
    }

    /**
     * As {@link #settleRecord(UUID, HistoryEntry, String)}, from what is known of the record as read
     * just before, with nothing written since: reading it again is a fifth of an import's time.
     */
    private Optional<Settlement.Settled> settleRecord(UUID id, HistoryEntry held, String bundleId,
                                                      RecordReads reads) {
        Optional<Settlement.Settled> found = Settlement.of(reads.known(), reads.lineage());
        if (found.isEmpty()) {
            return found;
        }
        Settlement.Settled settled = found.get();
        Sighting values = keepLocalFields(settled.version().values(), held.after());
        boolean deleted = settled.version().deleted();
        String digest = RecordDigest.of(values, deleted, photoNames::sharedName);
        Set<String> lineage = giveBack(id, reads, settled, digest);
        if (!digest.equals(held.change().digest())) {
            List<String> parents = new ArrayList<>(List.of(held.change().digest()));
            settled.merged().stream().filter(d -> !lineage.contains(d) && !parents.contains(d)).forEach(parents::add);
            settled.held().stream().map(Settlement.Held::digest).filter(d -> !parents.contains(d)).forEach(parents::add);
            parents.remove(digest);
            store(values.toBuilder().revision(held.change().revision() + 1).build(), deleted, held,
                    kindOf(held, deleted, ChangeKind.UPDATE), Change.MERGE_PREFIX + bundleId, digest, parents, null);
            Sighting shared = values.toBuilder().photos(values.photos().stream().map(photoNames::sharedName).toList())
                    .street(null).draft(false).build();
            kept.keep(id, new KeptRevisions.Kept(digest, shared, deleted, settled.includes(), null, false, Set.of(), false));
        }
        Set<String> includes = new LinkedHashSet<>(settled.includes());
        includes.remove(digest);
        if (digest.equals(held.change().digest()) && Change.LOCAL.equals(held.change().origin())
                && !lineage.containsAll(includes)) {
            // The record grows past this computer's own revision without a new row (a tip merged
            // whole that changes no value, a proposal with nothing left to decide): that revision
            // still includes only what it did when it was made and sent, as every other computer
            // knows it, or a later merge would start from another base here (docs/adr/0055).
            keepOwn(held, lineage);
        }
        repository.addAncestors(id, includes);
        // What the record includes now, as the repository would read it: its rows (the one stored here
        // under this digest, if any) and its ancestors. Nothing here closed an item since they were read.
        Set<String> after = new java.util.HashSet<>(lineage);
        after.add(digest);
        after.addAll(includes);
        for (BundleLedger.Conflict item : reads.open()) {
            boolean settledHere = after.contains(item.incomingDigest())
                    || item.reason() == BundleLedger.ConflictReason.DIVERGED && !settled.holdsBack(item.incomingDigest());
            if (settledHere) {
                ledger.closeConflict(item.id(), now, null, null, null);
            }
        }
        return found;
    }

    /**
     * The proposals the record included and the settlement no longer does (docs/adr/0058): taken
     * because they asked nothing of the record as it was here, they ask something again of what has
     * arrived since, made on the version they changed. They leave the record's lineage, so that
     * nothing made here on top names them as included, and their items open again. A proposal that a
     * version that counts includes (a decision on it, an edit made on it by someone who may) is never
     * given back, even where that version waits for a person: it was decided. One given back earlier
     * that the settled record includes again, or that such a version has come to include, comes back.
     *
     * @return the record's lineage as it is now
     */
    private Set<String> giveBack(UUID id, RecordReads reads, Settlement.Settled settled, String digest) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String d : reads.lineage()) {
            KnownRevisions.Known k = reads.known().get(d);
            if (k != null && !k.counts() && k.signer() != null && !d.equals(digest) && !settled.includes().contains(d)) {
                candidates.add(d);
            }
        }
        if (candidates.isEmpty() && reads.released().isEmpty()) {
            return reads.lineage();
        }
        Set<String> decided = new java.util.HashSet<>();
        reads.known().all().stream().filter(k -> k.counts() && !localOnly(k)).forEach(k -> decided.addAll(k.includes()));
        Set<String> given = new LinkedHashSet<>(candidates);
        given.removeIf(decided::contains);
        Set<String> back = new LinkedHashSet<>(reads.released());
        back.removeIf(d -> !d.equals(digest) && !settled.includes().contains(d) && !decided.contains(d));
        Set<String> lineage = new LinkedHashSet<>(reads.lineage());
        if (!back.isEmpty()) {
            repository.addAncestors(id, back);
            lineage.addAll(back);
        }
        if (!given.isEmpty()) {
            repository.release(id, given);
            for (BundleLedger.Conflict item : reads.items()) {
                if (!item.isOpen() && given.contains(item.incomingDigest()) && !supersededByOpen(item, reads)) {
                    ledger.reopenConflict(item.id(), now);
                }
            }
            lineage.removeAll(given);
        }
        return lineage;
    }

    /**
     * A change made here to this computer's own fields alone (the street, the draft flag): it never
     * leaves ({@link ChangeCollector}), so it decides nothing for anyone else.
     */
    private static boolean localOnly(KnownRevisions.Known k) {
        return k.madeHere() && !k.deletedOrRestored() && !k.changed().isEmpty()
                && k.changed().stream().noneMatch(f -> MergeRule.of(f).isShared());
    }

    /**
     * Whether a newer proposal of the same signer, open here, includes this item's: it stands for
     * both, as {@link #conflict} has it when they arrive the other way round.
     */
    private static boolean supersededByOpen(BundleLedger.Conflict item, RecordReads reads) {
        return reads.open().stream().anyMatch(o -> o.signer().equals(item.signer())
                && o.ancestors().contains(item.incomingDigest()));
    }

    /**
     * Keeps this computer's own current revision with everything it includes now, before a revision
     * made here on receipt goes on top of it: no longer the current one, it would otherwise be known
     * to include only what its rows say, and settling the record again would see less than it did.
     */
    private void keepOwn(HistoryEntry held) {
        keepOwn(held, repository.lineage(held.change().sightingId()));
    }

    /** @param lineage what the record includes now, before anything goes on top of it */
    private void keepOwn(HistoryEntry held, Set<String> lineage) {
        UUID id = held.change().sightingId();
        Set<String> includes = new LinkedHashSet<>(lineage);
        includes.remove(held.change().digest());
        Sighting shared = held.after().toBuilder().photos(held.after().photos().stream().map(photoNames::sharedName)
                .toList()).street(null).draft(false).build();
        kept.keep(id, new KeptRevisions.Kept(held.change().digest(), shared, held.deleted(), includes, null, true,
                held.change().fields(), KnownRevisions.deletesOrRestores(held.change())));
    }

    /** Keeps a received version's values (as it travelled) and what it includes ({@link KeptRevisions}). */
    private boolean keep(BundleRecord received, Set<String> includes, boolean counts, Sender from) {
        return kept.keep(received.id(), new KeptRevisions.Kept(received.digest(), received.sighting(), received.deleted(),
                includes, from.signer(), counts, received.fields(), received.deletedOrRestored()));
    }

    /** What a format-1 record's base includes, with the base itself: all it can be said to include. */
    private Set<String> formatOneIncludes(BundleRecord in, HistoryEntry base) {
        KnownRevisions.Known k = KnownRevisions.of(in.id(), repository, ledger, kept, photoNames)
                .get(base.change().digest());
        return k != null ? k.withItself() : Set.of(base.change().digest());
    }

    /**
     * A creation of a record we hold: from anyone but its author, a collision (whatever its values:
     * who signs a creation first does not make it theirs); from its author, a version we do not hold,
     * so the author made the id twice: a conflict.
     */
    private Outcome creationOfAHeldRecord(BundleRecord received, BundleRecord in, HistoryEntry held,
                                          Set<String> lineage, Optional<Fingerprint> author, Sender from) {
        if (author.isEmpty() || !author.get().equals(from.signer())) {
            // The detail is the record's id alone: what is shown is worded where it is shown, in the reader's language.
            ledger.alert(new BundleLedger.Alert(now, "collision", from.signer(), from.seq(), from.bundleId(),
                    in.id().toString()));
            return conflict(in, held, from, BundleLedger.ConflictReason.COLLISION);
        }
        if (!lineage.contains(in.digest())) {
            return conflict(in, held, from, BundleLedger.ConflictReason.DIVERGED);
        }
        // The author's creation, come after a coordinator's copy of the record: the base of what
        // followed it, to settle the record again from.
        if (keep(received, Set.of(), true, from)) {
            settleRecord(in.id(), held, from.bundleId());
        }
        return Outcome.UNCHANGED;
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
        // A creation was made by its author: the one a coordinator's copy names, not the coordinator.
        Fingerprint author = CoordinatorCopies.authorOf(in, from);
        freshChanges.add(new Change(in.id(), in.revision(), 0, in.change(), at(in), in.fields(),
                "bundle:" + from.bundleId(), in.digest(), List.of(), author.hex()));
        provenance(in, in.revision(), from);
        authors.put(in.id(), author);
        touched.add(in.id());
        return Outcome.APPLIED;
    }

    /**
     * A coordinator's version of a record we do not hold (its consolidated inventory, or an edit that
     * came before the creation): stored as our first revision, everything it includes as its lineage,
     * its author the one the coordinator names ({@link CoordinatorCopies}).
     */
    private Outcome adopt(BundleRecord received, BundleRecord in, Sender from) {
        keep(received, in.includes(), true, from);
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
        List<BundleLedger.Conflict> openItems = ledger.openConflicts(in.id());
        if (openItems.stream().anyMatch(o -> o.incomingDigest().equals(in.digest()) && o.reason() == reason)) {
            // The same version again, carried by another bundle (a coordinator's consolidated inventory):
            // one question, asked once, not once per bundle that brought it.
            return Outcome.CONFLICT;
        }
        for (BundleLedger.Conflict open : openItems) {
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

    /** Settles a record that has open items, if it is held: what the sync's sweep does for each. */
    void settle(UUID id) {
        repository.latest(id).ifPresent(held -> settleRecord(id, held, SETTLED));
    }

    /**
     * After a version that includes the one held replaced it: items it includes are closed, and a
     * record with open items is settled again (a conflict may have been grown past).
     *
     * @param open the record's open items, as read before the replacement (which closes none)
     */
    private void closeIncluded(UUID id, List<BundleLedger.Conflict> open) {
        if (open.isEmpty()) {
            return;
        }
        Set<String> lineage = repository.lineage(id);
        boolean left = false;
        for (BundleLedger.Conflict item : open) {
            if (lineage.contains(item.incomingDigest())) {
                ledger.closeConflict(item.id(), now, null, null, null);
            } else {
                left = true;
            }
        }
        if (left) {
            settle(id);
        }
    }

    private void store(Sighting merged, boolean deleted, HistoryEntry held, ChangeKind kind, String origin,
                       String digest, List<String> parents, String author) {
        if (Change.LOCAL.equals(held.change().origin())) {
            keepOwn(held);
        }
        Sighting values = streets.placed(merged, held.after()); // a record that moved gets the street there
        Set<SightingField> changed = SightingField.changedBetween(held.after(), values);
        repository.store(values, deleted, new Change(values.id(), values.revision(), held.change().revision(), kind,
                values.updatedAt() != null ? values.updatedAt() : now, changed, origin, digest, parents, author));
        touched.add(values.id());
    }

    private static ChangeKind kindOf(HistoryEntry held, boolean deleted, ChangeKind asSent) {
        if (deleted) {
            // A camera deleted here that takes someone's other change stays deleted: that is a change
            // of those fields, not a second deletion (unless it came as one).
            return held.deleted() && asSent != ChangeKind.DELETE ? ChangeKind.UPDATE : ChangeKind.DELETE;
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
