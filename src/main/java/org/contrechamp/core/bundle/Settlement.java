package org.contrechamp.core.bundle;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.contrechamp.core.merge.DeclaredChanges;
import org.contrechamp.core.merge.MergeResult;
import org.contrechamp.core.merge.ProposalDecisions;
import org.contrechamp.core.merge.SeveralBases;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.SightingField;

/**
 * The record as this computer settles it from what it knows, whatever the order it learnt it in
 * (docs/adr/0055): the merge of the tips of the record's authorised work, made afresh each time
 * instead of merging each arrival into what the record happened to be.
 *
 * <ol>
 * <li>The tips ({@link KnownRevisions#tips}): every version that counts and that no other counting
 * one includes. A proposal is none of them: it enters the record only through a decision.</li>
 * <li>They are merged one after the other, field by field from the newest revisions both sides
 * include ({@link MergeBase}): first the record's current revision, then the others it already
 * includes or that were made on it (what it holds stays as it was where a newcomer conflicts), then
 * the others, each in the order of their digests (docs/adr/0061, 0064).
 * A tip whose merge finds a conflict is held back whole for a person; the next ones are merged
 * without it.</li>
 * <li>A proposal that has nothing left to decide against the merge (every change it makes is there
 * already, made again by someone who may) is part of it: it changes nothing but its time.</li>
 * <li>Last, the fields of each held-back tip that merge by themselves are taken (what can merge
 * merges); the record does not include those tips, whose conflicting fields wait for a person.</li>
 * <li>Where this computer's own tips hold something back, it settles again with them as others know
 * them, proposals; that settlement is taken when it merges them whole and holds back less. So too
 * with its own edits that a tip from elsewhere undid (docs/adr/0061).</li>
 * <li>Where a tip is still held back, the tips are merged again by digest alone; if they all merge
 * whole so, that is the settlement: the question came from the order (docs/adr/0066).</li>
 * </ol>
 * Two computers that know the same versions settle alike; a computer's own proposal counts on it
 * until a decision includes it, so by the time every proposal is decided, it settles as everyone does.
 */
public final class Settlement {

    /**
     * The settled record.
     *
     * @param version  its values (bookkeeping: the earliest creation and latest update of what it merged)
     * @param includes every revision it includes: the tips merged whole and the proposals it holds, with
     *                 all they include; not the held-back tips
     * @param merged   the tips and proposals it merged whole, in the order merged
     * @param held     the tips held back, each with the merge that found its conflicts
     */
    record Settled(Version version, Set<String> includes, List<String> merged, List<Held> held) {

        boolean holdsBack(String digest) {
            return held.stream().anyMatch(h -> h.digest().equals(digest));
        }
    }

    /**
     * A tip held back for a person.
     *
     * @param merge  the merge that found its conflicts
     * @param before the record as settled before this tip's fields that merge by themselves were taken:
     *               what this side changed, the tip's changes left out
     * @param bases  the revisions that merge started from, newest first ({@link MergeBase}): what the
     *               record's own history shares with the tip may be more (a proposal of this computer's
     *               that both include, whose values the record did not keep)
     */
    public record Held(String digest, MergeResult merge, Version before, List<Version> bases) {

        public Held {
            bases = List.copyOf(bases);
        }
    }

    private Settlement() {
    }

    /**
     * The tips this computer's settlement of the record holds back, each with the merge that found
     * its conflicts and the record as it was before their fields were taken: what the conflicts desk puts to a person, so that the decisions it asks for are
     * exactly those that keep the record from settling.
     */
    public static java.util.Map<String, Held> heldBack(java.util.UUID id,
            org.contrechamp.core.sighting.SightingRepository repository, BundleLedger ledger, KeptRevisions kept,
            PhotoSharingStore photoNames) {
        java.util.Map<String, Held> held = new java.util.LinkedHashMap<>();
        of(KnownRevisions.of(id, repository, ledger, kept, photoNames), repository.lineage(id))
                .ifPresent(s -> s.held().forEach(h -> held.put(h.digest(), h)));
        return held;
    }

    /**
     * @param known   what this computer knows of the record
     * @param lineage what its current revision includes ({@code SightingRepository#lineage})
     * @return empty when nothing counts (a record known only from proposals: nothing to settle)
     */
    static java.util.Optional<Settled> of(KnownRevisions known, Set<String> lineage) {
        java.util.Optional<Settled> settled = withWhatIsHeldFirst(known, lineage);
        if (settled.isEmpty() || settled.get().held().isEmpty()) {
            return settled;
        }
        // Merged in another order, the tips may all merge whole (docs/adr/0066): where the sides of
        // a criss-cross share several newest revisions, which ones a tip meets depends on what was
        // merged before it, and a conflict that one order finds between versions that never disagreed
        // is no question for a person. The order of the digests is the same on every computer.
        java.util.Optional<Settled> byDigest = settle(known, lineage, false);
        return byDigest.isPresent() && byDigest.get().held().isEmpty() ? byDigest : settled;
    }

    /** The settlement with what the record holds merged first, and this computer's own work as others know it where that holds back less. */
    private static java.util.Optional<Settled> withWhatIsHeldFirst(KnownRevisions known, Set<String> lineage) {
        java.util.Optional<Settled> settled = settle(known, lineage);
        if (settled.isEmpty() || settled.get().held().isEmpty()) {
            return settled;
        }
        // This computer's own tips count here, and merged first they may hold back what merges
        // everywhere else: a volunteer's own proposal is a proposal there, taken once the authorised
        // work leaves it nothing to decide. Settled as there, it is taken whole here too; otherwise
        // (something left to decide) it counts here as before.
        List<String> own = known.tips().stream().filter(KnownRevisions.Known::madeHere)
                .map(KnownRevisions.Known::digest).toList();
        if (!own.isEmpty()) {
            java.util.Optional<Settled> asElsewhere = settle(known.withOwnAsProposals(), lineage);
            if (holdsBackLess(asElsewhere, settled.get(), own, Set.of())) {
                return asElsewhere;
            }
        }
        // Its own edits that a tip from elsewhere includes and undid (a volunteer's edit the author
        // rejected) would still say here alone that they changed their fields (docs/adr/0061), and hold
        // back a coordinator's value for them that merges everywhere else.
        Set<String> undone = known.ownUndoneByTips();
        if (undone.isEmpty()) {
            return settled;
        }
        java.util.Optional<Settled> asElsewhere = settle(known.withOwnAsProposals(undone), lineage);
        return holdsBackLess(asElsewhere, settled.get(), own, undone) ? asElsewhere : settled;
    }

    /**
     * Whether settling with some of this computer's own work as others know it is the better
     * settlement: its own tips are merged whole, what was merged of the rest of its own work still is,
     * and fewer tips are held back.
     */
    private static boolean holdsBackLess(java.util.Optional<Settled> other, Settled settled, List<String> ownTips,
                                         Set<String> ownWork) {
        if (other.isEmpty() || !other.get().merged().containsAll(ownTips)) {
            return false;
        }
        boolean keepsOwnWork = ownWork.stream().filter(settled.includes()::contains)
                .allMatch(other.get().includes()::contains);
        return keepsOwnWork && other.get().held().size() < settled.held().size();
    }

    private static java.util.Optional<Settled> settle(KnownRevisions known, Set<String> lineage) {
        return settle(known, lineage, true);
    }

    /** @param heldFirst whether what the record holds is merged first (else the tips go by digest alone) */
    private static java.util.Optional<Settled> settle(KnownRevisions known, Set<String> lineage, boolean heldFirst) {
        List<KnownRevisions.Known> tips = new ArrayList<>(known.tips());
        if (tips.isEmpty()) {
            return java.util.Optional.empty();
        }
        // The current revision first, then the others held, newcomers after; by digest within each,
        // the same on every computer. What the record holds stays as it was where a tip conflicts:
        // tips merged into it whole may still be tips (a revision made here includes only what it did
        // when it was made), and one of them merged first could hold back the record's own revision.
        // A tip made on the current revision holds what the record holds, as one the record includes
        // does, unless that revision is a merge come out as one side's (docs/adr/0061, 0064).
        tips.sort(heldFirst ? Comparator.comparing((KnownRevisions.Known k) -> !known.isCurrent(k.digest()))
                .thenComparing((KnownRevisions.Known k) -> !lineage.contains(k.digest())
                        && !known.madeOnCurrent(k))
                .thenComparing(KnownRevisions.Known::digest) : Comparator.comparing(KnownRevisions.Known::digest));
        KnownRevisions.Known first = tips.get(0);
        Version acc = first.version();
        Set<String> accAll = new HashSet<>(first.withItself());
        Set<SightingField> accChanged = EnumSet.noneOf(SightingField.class);
        accChanged.addAll(first.changed());
        boolean accDeletedOrRestored = first.deletedOrRestored();
        List<String> merged = new ArrayList<>(List.of(first.digest()));
        List<KnownRevisions.Known> heldBack = new ArrayList<>();
        for (KnownRevisions.Known tip : tips.subList(1, tips.size())) {
            MergeResult r = merge(acc, accAll, accChanged, accDeletedOrRestored, tip, known);
            if (r.hasConflicts()) {
                heldBack.add(tip);
                continue;
            }
            acc = new Version(Merges.settled(r.merged().values(), acc.values(), tip.version().values()),
                    r.merged().deleted());
            accAll.addAll(tip.withItself());
            accChanged.addAll(tip.changed());
            accDeletedOrRestored |= tip.deletedOrRestored();
            merged.add(tip.digest());
        }
        for (KnownRevisions.Known proposal : proposals(known, accAll)) {
            List<Version> bases = MergeBase.versions(accAll, proposal.withItself(), known);
            List<Version> compared = new ArrayList<>(bases);
            if (!bases.isEmpty()) {
                compared.addAll(known.earlierOwn(proposal.digest(), accAll));
            }
            if (ProposalDecisions.nothingToDecide(compared, acc, proposal.version(), proposal.changed())) {
                // Made on every version merged so far, it is the newest word on the record, its times included.
                acc = proposal.withItself().containsAll(merged)
                        ? new Version(Merges.madeOn(acc.values(), proposal.version().values()), acc.deleted())
                        : new Version(Merges.settled(acc.values(), acc.values(), proposal.version().values()), acc.deleted());
                accAll.addAll(takenWith(proposal, known));
                merged.add(proposal.digest());
            }
        }
        Version settled = acc;
        List<Held> held = new ArrayList<>();
        for (KnownRevisions.Known tip : heldBack) {
            MergeResult r = merge(settled, accAll, accChanged, accDeletedOrRestored, tip, known);
            held.add(new Held(tip.digest(), r, settled, MergeBase.versions(accAll, tip.withItself(), known)));
            settled = new Version(Merges.settled(r.merged().values(), settled.values(), tip.version().values()),
                    r.merged().deleted());
        }
        Set<String> includes = new LinkedHashSet<>(accAll);
        return java.util.Optional.of(new Settled(settled, includes, merged, held));
    }

    /**
     * One tip merged into what is settled so far, field by field from their newest common revisions
     * ({@link MergeBase}), a change either side says it made counting as one even where its value is
     * the base's ({@link DeclaredChanges}), a deletion or restoration too.
     */
    private static MergeResult merge(Version acc, Set<String> accAll, Set<SightingField> accChanged,
                                     boolean accDeletedOrRestored, KnownRevisions.Known tip, KnownRevisions known) {
        Set<String> theirAll = tip.withItself();
        List<Version> bases = MergeBase.versions(accAll, theirAll, known);
        Set<SightingField> mineChanged = EnumSet.noneOf(SightingField.class);
        mineChanged.addAll(accChanged);
        mineChanged.addAll(changedOnlyBy(accAll, theirAll, known));
        Set<SightingField> theirsChanged = EnumSet.noneOf(SightingField.class);
        theirsChanged.addAll(tip.changed());
        theirsChanged.addAll(changedOnlyBy(theirAll, accAll, known));
        return DeclaredChanges.withHidden(SeveralBases.merge(bases, acc, tip.version()), bases, acc, mineChanged,
                accDeletedOrRestored, tip.version(), theirsChanged, tip.deletedOrRestored());
    }

    /**
     * The fields that the revisions one side holds and the other does not say they changed: every
     * change that side made since the two parted, not only its newest. A field changed there and set
     * back to the base's value is still that side's change (changed to the value of a held-back tip's
     * field taken meanwhile, then set back by a person, it would otherwise look untouched, and the
     * held-back value would come again unasked). A merge says it changed nothing: what it merged says.
     * A proposal is none of the side's changes: only the decision on it is, which says what it took
     * (a rejection takes nothing).
     */
    private static Set<SightingField> changedOnlyBy(Set<String> side, Set<String> other, KnownRevisions known) {
        Set<SightingField> changed = EnumSet.noneOf(SightingField.class);
        for (String d : side) {
            if (!other.contains(d)) {
                KnownRevisions.Known k = known.get(d);
                if (k != null && k.counts()) {
                    changed.addAll(k.changed());
                }
            }
        }
        return changed;
    }

    /**
     * What a proposal with nothing left to decide brings into the record: itself, and of what it
     * includes, what counts here and its signer's own earlier versions, which it stands for. Not other
     * people's proposals that its signer had merged on their own computer, which were not theirs to
     * settle and wait for their own decision; nor what is not known here yet: if it turns out to be the
     * signer's own, the next settlement takes it, since a settlement is made afresh from all it knows.
     */
    private static Set<String> takenWith(KnownRevisions.Known proposal, KnownRevisions known) {
        Set<String> taken = new HashSet<>(List.of(proposal.digest()));
        for (String d : proposal.includes()) {
            KnownRevisions.Known k = known.get(d);
            if (k != null && (k.counts() || KnownRevisions.sameSigner(proposal, k))) {
                taken.add(d);
            }
        }
        return taken;
    }

    /**
     * The versions someone sent that do not count and that the merge does not include yet, by digest
     * (one the record was already settled to is among them: it is a row here, and still a proposal).
     */
    private static List<KnownRevisions.Known> proposals(KnownRevisions known, Set<String> included) {
        return known.all().stream()
                .filter(k -> !k.counts() && (k.signer() != null || k.madeHere()) && !included.contains(k.digest()))
                .sorted(Comparator.comparing(KnownRevisions.Known::digest))
                .toList();
    }
}
