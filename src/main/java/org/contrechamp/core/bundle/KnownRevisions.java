package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.merge.MergeRule;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingRepository;

/**
 * Everything this computer knows of one record's revisions, by digest (docs/adr/0055): its history
 * rows, the versions it kept ({@link KeptRevisions}) and the versions its review items hold; for each,
 * its values (photos as this computer names them), everything it includes, and whether it counts.
 *
 * <p>What a revision includes is taken from what it said when it came (a version's ancestors), and
 * for a row made here from the row before it and its parents: a decision made here includes the item
 * it decided and all that item included. The current revision includes its whole lineage. So a proposal decided and then built on is known to be older
 * than the decision, wherever the decision is held as a row and the proposal only as an item.
 *
 * <p>A revision counts when its signer could change the record when it came (its author or a
 * coordinator), or when it was made here; a merge made here does not count by itself (the versions it
 * merged do), nor does a proposal (until a decision includes it, or it has nothing left to decide).
 */
public final class KnownRevisions {

    /**
     * One revision.
     *
     * @param includes every revision it includes, itself left out
     * @param row      whether this computer holds it as a history row
     * @param madeHere whether it is a row this computer made (an edit or a decision; not a merge)
     * @param signer   who sent it, as far as known; null for what this computer made
     * @param changed  the fields it says it changed since the version it was made on; none for a merge
     * @param deletedOrRestored it says it deleted or restored the record since that version, even where
     *                 it ends as that version was (docs/adr/0057); never for a merge
     */
    public record Known(String digest, Version version, Set<String> includes, boolean counts, boolean row,
                        boolean madeHere, Fingerprint signer, Set<SightingField> changed, boolean deletedOrRestored) {

        /** Its digest and everything it includes. */
        public Set<String> withItself() {
            Set<String> all = new HashSet<>(includes);
            all.add(digest);
            return all;
        }
    }

    /** How deep merges made on receipt are made again to recognise a base (see {@link #newestCommon}). */
    private static final int REMADE_DEPTH = 4;

    private final Map<String, Known> byDigest;
    private final PhotoSharingStore photoNames;
    /** The digest of the record's current revision here (its last history row), or null. */
    private final String current;
    /**
     * Whether the current revision is a merge made here whose values came out as a version someone
     * sent, under that version's digest: it holds that version, not what the record held before.
     */
    private final boolean currentMergedAsOneSide;

    private KnownRevisions(Map<String, Known> byDigest, PhotoSharingStore photoNames, String current,
                           boolean currentMergedAsOneSide) {
        this.byDigest = byDigest;
        this.photoNames = photoNames;
        this.current = current;
        this.currentMergedAsOneSide = currentMergedAsOneSide;
    }

    /** What this computer knows of the record now. */
    public static KnownRevisions of(UUID id, SightingRepository repository, BundleLedger ledger, KeptRevisions kept,
                                    PhotoSharingStore photoNames) {
        return of(repository.history(id), repository.lineage(id), repository.released(id), kept.about(id),
                ledger.conflictsAbout(id), photoNames, revision -> ledger.exportedDigest(id, revision).isPresent());
    }

    /** As below, for a record that never gave back a proposal it took. */
    static KnownRevisions of(List<HistoryEntry> history, Set<String> lineage, List<KeptRevisions.Kept> kept,
                             List<BundleLedger.Conflict> items, PhotoSharingStore photoNames,
                             java.util.function.LongPredicate sent) {
        return of(history, lineage, Set.of(), kept, items, photoNames, sent);
    }

    /**
     * @param lineage  what the record's current revision includes: all of it, whatever rows say
     * @param released the proposals the record took and gave back ({@code SightingRepository#released}):
     *                 a row may hold one, but no revision made here since includes it
     * @param sent     whether this computer sent the row of a revision as the end of a bundle record
     *                 ({@link OwnDeletionsSaid})
     */
    static KnownRevisions of(List<HistoryEntry> history, Set<String> lineage, Set<String> released,
                             List<KeptRevisions.Kept> kept, List<BundleLedger.Conflict> items,
                             PhotoSharingStore photoNames, java.util.function.LongPredicate sent) {
        boolean[] ownSaid = OwnDeletionsSaid.of(history, sent);
        Map<String, KeptRevisions.Kept> keptByDigest = new LinkedHashMap<>();
        kept.forEach(k -> keptByDigest.putIfAbsent(k.digest(), k));
        Map<String, BundleLedger.Conflict> itemByDigest = new LinkedHashMap<>();
        items.forEach(i -> itemByDigest.putIfAbsent(i.incomingDigest(), i));
        Map<String, Known> known = new LinkedHashMap<>();
        // Versions that came, first: a row under the same digest holds the same values.
        for (KeptRevisions.Kept k : keptByDigest.values()) {
            Sighting values = inLocalNames(k.sighting(), photoNames);
            known.put(k.digest(), new Known(k.digest(), new Version(values, k.deleted()), without(k.includes(), k.digest()),
                    k.counts(), false, false, k.signer(), k.changed(), k.deletedOrRestored()));
        }
        for (BundleLedger.Conflict i : itemByDigest.values()) {
            if (i.reason() == BundleLedger.ConflictReason.COLLISION) {
                continue; // someone else's creation of the id: no revision of this record
            }
            // Items kept before versions were kept (an upgraded data directory): a conflict came from
            // someone who could change the record, a proposal or a collision from someone who could not.
            known.putIfAbsent(i.incomingDigest(), new Known(i.incomingDigest(), MergeBase.inLocalNames(i, photoNames),
                    without(new LinkedHashSet<>(i.ancestors()), i.incomingDigest()),
                    i.reason() == BundleLedger.ConflictReason.DIVERGED, false, false, i.signer(), i.fields(), false));
        }
        Set<String> before = new LinkedHashSet<>();
        for (int n = 0; n < history.size(); n++) {
            HistoryEntry row = history.get(n);
            Change c = row.change();
            String digest = c.digest();
            boolean local = Change.LOCAL.equals(c.origin());
            boolean merge = c.origin().startsWith(Change.MERGE_PREFIX);
            KeptRevisions.Kept k = keptByDigest.get(digest);
            Set<String> includes = new LinkedHashSet<>();
            if (k != null && (!local || k.ownHere())) {
                includes.addAll(k.includes()); // as it said when it came, or as it was when it stopped being current
            } else {
                // Made on the row before (the record as it was here), and on each parent it names, with
                // everything those include as far as this computer knows.
                includes.addAll(before);
                for (String parent : c.parents()) {
                    includes.add(parent);
                    Known p = known.get(parent);
                    if (p != null) {
                        includes.addAll(p.includes());
                    }
                }
            }
            if (n == history.size() - 1 && (k == null || k.madeHere())) {
                // The current revision, made here, includes its whole lineage, whichever row or merge
                // recorded it. Not one whose values came out as a version someone sent: under that
                // version's digest, it includes what that version does, and a version that names it
                // may lack the rest (it is then a tip beside it, to settle again). Nor an edit of this
                // computer's kept as it was made, before the record grew past it without a new row.
                includes.addAll(lineage);
            }
            Known earlier = known.get(digest);
            boolean counts = local || (!merge && (k == null || k.counts())) || (earlier != null && earlier.counts());
            // What a row says it changed: as it came, or for an edit made here, since the row before.
            boolean asCame = k != null && !k.ownHere();
            Set<SightingField> changed = asCame ? k.changed() : merge ? Set.of() : c.fields();
            boolean deletedOrRestored = asCame ? k.deletedOrRestored() : ownSaid[n];
            known.put(digest, new Known(digest, new Version(row.after(), row.deleted()), without(includes, digest), counts,
                    true, local || (earlier != null && earlier.madeHere()), earlier != null ? earlier.signer() : null,
                    changed, deletedOrRestored));
            before.add(digest);
            before.addAll(includes);
            before.removeAll(released); // given back: what is made on this row from now on does not include them
        }
        Change last = history.isEmpty() ? null : history.get(history.size() - 1).change();
        Known lastKnown = last == null ? null : known.get(last.digest());
        return new KnownRevisions(known, photoNames, last == null ? null : last.digest(),
                last != null && last.origin().startsWith(Change.MERGE_PREFIX) && lastKnown.counts());
    }

    /**
     * What this computer knows, with its own edits and decisions as every other computer knows them:
     * versions that do not count by themselves, to be taken when they leave nothing to decide
     * ({@link Settlement}: a volunteer's own proposal that the authorised work has made needless).
     */
    KnownRevisions withOwnAsProposals() {
        return withOwnAsProposals(byDigest.keySet());
    }

    /** As {@link #withOwnAsProposals()}, for these of this computer's own edits and decisions only. */
    KnownRevisions withOwnAsProposals(Set<String> digests) {
        Map<String, Known> view = new LinkedHashMap<>();
        byDigest.forEach((d, k) -> view.put(d, k.madeHere() && k.counts() && digests.contains(d)
                ? new Known(k.digest(), k.version(), k.includes(), false, k.row(), true, k.signer(), k.changed(),
                        k.deletedOrRestored())
                : k));
        return new KnownRevisions(view, photoNames, current, currentMergedAsOneSide);
    }

    /**
     * This computer's own edits that a tip from elsewhere includes and undid: every shared field the
     * edit says it changed holds another value in that tip (a decision that rejected a volunteer's
     * edit, on the volunteer's computer). Others know them as that tip has them; what they changed is
     * no longer anyone's change (docs/adr/0061). A creation is none: it names every field.
     */
    Set<String> ownUndoneByTips() {
        Set<String> undone = new HashSet<>();
        List<Known> tips = tips();
        for (Known k : byDigest.values()) {
            if (!k.madeHere() || !k.counts() || k.deletedOrRestored()) {
                continue;
            }
            Set<SightingField> shared = EnumSet.noneOf(SightingField.class);
            k.changed().stream().filter(f -> MergeRule.of(f).isShared()).forEach(shared::add);
            if (shared.isEmpty() || k.changed().size() == SightingField.values().length) {
                continue; // nothing shared, or a creation (which names every field)
            }
            for (Known tip : tips) {
                if (tip.madeHere() || tip.version().deleted() || !tip.includes().contains(k.digest())) {
                    continue;
                }
                if (SightingField.changedBetween(k.version().values(), tip.version().values()).containsAll(shared)) {
                    undone.add(k.digest());
                    break;
                }
            }
        }
        return undone;
    }

    /**
     * Whether a change made here deleted or restored the record since the row before it: its kind says
     * so (a decision is a deletion or a restoration only where it changes which the record is). What a
     * row says as others know it is its chain's ({@link OwnDeletionsSaid}); this is kept with an own
     * version for the record, and not read back for settling.
     */
    static boolean deletesOrRestores(Change c) {
        return Change.LOCAL.equals(c.origin()) && (c.kind() == ChangeKind.DELETE || c.kind() == ChangeKind.RESTORE);
    }

    /** Whether two revisions have one signer: the same key, or both made on this computer. */
    static boolean sameSigner(Known a, Known b) {
        return a.signer() != null ? a.signer().equals(b.signer()) : b.signer() == null && a.madeHere() && b.madeHere();
    }

    /**
     * Whether this revision was made on the record's current revision here, so carries on what the
     * record holds: a merge made here that counts for nothing by itself (no tip), or a revision stored
     * as it came or as made here (docs/adr/0061, 0064). Not a merge whose values came out as one side's:
     * under that side's digest it holds that side, and a revision made on it may lack the other.
     */
    boolean madeOnCurrent(Known k) {
        Known held = current == null ? null : byDigest.get(current);
        return held != null && !currentMergedAsOneSide && k.includes().contains(current);
    }

    /** Whether this is the record's current revision here. */
    boolean isCurrent(String digest) {
        return digest.equals(current);
    }

    public Collection<Known> all() {
        return byDigest.values();
    }

    public Known get(String digest) {
        return byDigest.get(digest);
    }

    /**
     * The revisions that count and that no other counting one includes: the tips of the record's
     * authorised work, each of which the settled record must hold.
     */
    public List<Known> tips() {
        List<Known> counting = byDigest.values().stream().filter(Known::counts).toList();
        Set<String> included = new HashSet<>();
        counting.forEach(k -> included.addAll(k.includes()));
        return counting.stream().filter(k -> !included.contains(k.digest()))
                .sorted(Comparator.comparing(Known::digest)).toList();
    }

    /**
     * A proposal's own earlier versions that the record does not include: those of its signer's
     * versions it includes that do not count here. A value the proposal holds is its change when it
     * differs from one of them, even where it equals the base: its signer changed the field and
     * changed it back to what the base had, over another change made meanwhile here (docs/adr/0055).
     *
     * @param record every revision the record includes
     */
    public List<Version> earlierOwn(String proposal, Set<String> record) {
        Known p = byDigest.get(proposal);
        if (p == null || p.signer() == null && !p.madeHere()) {
            return List.of();
        }
        return p.includes().stream().map(byDigest::get)
                .filter(k -> k != null && !k.counts() && sameSigner(p, k) && !record.contains(k.digest()))
                .sorted(Comparator.comparing(Known::digest))
                .map(Known::version)
                .toList();
    }

    /** Everything a version includes as this computer knows it: what it says, and what those include. */
    public Set<String> closure(Collection<String> digests) {
        Set<String> all = new HashSet<>();
        for (String d : digests) {
            all.add(d);
            Known k = byDigest.get(d);
            if (k != null) {
                all.addAll(k.includes());
            }
        }
        return all;
    }

    /**
     * The newest revisions both sides include whose values are known here: those that no other one of
     * them includes, ordered by digest so that every computer lists them alike.
     *
     * <p>Both sides may name, as the newest revision they share, a merge made on receipt, which is
     * never sent (ADR 0041): every computer that held its two sides made it alike, but one whose own
     * proposal made its own merges differ never held it. Such a merge is made again here from the
     * newest counting revisions both sides include, and taken as known when its digest is one both
     * sides name: recognised, never guessed. Without it, the older revisions under it would pass for
     * several newest bases, and a field changed on one side only would be a conflict here alone.
     *
     * @param mine   every revision one side includes, itself among them
     * @param theirs every revision the other side includes, itself among them
     */
    public List<MergeBase.Base> newestCommon(Set<String> mine, Set<String> theirs) {
        return newestCommon(mine, theirs, 0);
    }

    private List<MergeBase.Base> newestCommon(Set<String> mine, Set<String> theirs, int depth) {
        List<Known> common = new ArrayList<>();
        Set<String> unknown = new HashSet<>();
        for (String d : mine) {
            if (theirs.contains(d)) {
                Known k = byDigest.get(d);
                if (k != null) {
                    common.add(k);
                } else {
                    unknown.add(d);
                }
            }
        }
        if (!unknown.isEmpty() && depth < REMADE_DEPTH) {
            remadeMerge(common, unknown, depth).ifPresent(common::add);
        }
        Set<String> older = new HashSet<>();
        common.forEach(k -> older.addAll(k.includes()));
        return common.stream().filter(k -> !older.contains(k.digest()))
                .sorted(Comparator.comparing(Known::digest))
                .map(k -> new MergeBase.Base(k.digest(), k.version()))
                .toList();
    }

    /**
     * The merge of the newest counting revisions among {@code common}, when it merges without conflict
     * and its digest is one of {@code unknown}: a merge made on receipt elsewhere, made again.
     */
    private java.util.Optional<Known> remadeMerge(List<Known> common, Set<String> unknown, int depth) {
        List<Known> counting = common.stream().filter(Known::counts).toList();
        Set<String> below = new HashSet<>();
        counting.forEach(k -> below.addAll(k.includes()));
        List<Known> newest = counting.stream().filter(k -> !below.contains(k.digest()))
                .sorted(Comparator.comparing(Known::digest)).toList();
        if (newest.size() < 2) {
            return java.util.Optional.empty();
        }
        Version acc = newest.get(0).version();
        Set<String> accAll = new HashSet<>(newest.get(0).withItself());
        for (Known next : newest.subList(1, newest.size())) {
            List<Version> bases = newestCommon(accAll, next.withItself(), depth + 1).stream()
                    .map(MergeBase.Base::version).toList();
            org.contrechamp.core.merge.MergeResult r = org.contrechamp.core.merge.SeveralBases.merge(bases, acc,
                    next.version());
            if (r.hasConflicts()) {
                return java.util.Optional.empty();
            }
            acc = new Version(Merges.settled(r.merged().values(), acc.values(), next.version().values()),
                    r.merged().deleted());
            accAll.addAll(next.withItself());
        }
        String digest = RecordDigest.of(acc.values(), acc.deleted(), photoNames::sharedName);
        if (!unknown.contains(digest)) {
            return java.util.Optional.empty();
        }
        accAll.remove(digest);
        return java.util.Optional.of(new Known(digest, acc, accAll, false, false, false, null, Set.of(), false));
    }

    private static Set<String> without(Set<String> digests, String digest) {
        Set<String> copy = new LinkedHashSet<>(digests);
        copy.remove(digest);
        return copy;
    }

    private static Sighting inLocalNames(Sighting s, PhotoSharingStore photoNames) {
        if (s.photos().isEmpty()) {
            return s;
        }
        return s.toBuilder().photos(s.photos().stream().map(photoNames::localName).toList()).build();
    }
}
