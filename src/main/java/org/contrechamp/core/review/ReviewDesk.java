package org.contrechamp.core.review;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.contrechamp.core.audit.AuditLog;
import org.contrechamp.core.audit.DecisionKind;
import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.KeptRevisions;
import org.contrechamp.core.bundle.KnownRevisions;
import org.contrechamp.core.bundle.MergeBase;
import org.contrechamp.core.bundle.PhotoSharingStore;
import org.contrechamp.core.bundle.RecordDigest;
import org.contrechamp.core.bundle.RevisionComment;
import org.contrechamp.core.bundle.Settlement;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.merge.Choice;
import org.contrechamp.core.merge.FieldConflict;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.MergeResult;
import org.contrechamp.core.merge.MergeRule;
import org.contrechamp.core.merge.ProposalDecisions;
import org.contrechamp.core.merge.Resolution;
import org.contrechamp.core.merge.SeveralBases;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.UpdateTime;
import org.contrechamp.core.sighting.SightingRepository;
import org.contrechamp.core.trust.Keyring;
import org.contrechamp.core.trust.TrustedKey;

/**
 * The review queue over the items bundles left for a person (docs/adr/0041). Each item is shown
 * against the record as it is now: the base is the newest revision held that the other side
 * includes, so an item stays right however the record moved since it was found.
 */
public final class ReviewDesk implements ReviewService {

    private final SightingRepository repository;
    private final BundleLedger ledger;
    private final KeptRevisions kept;
    private final Keyring keyring;
    private final PhotoSharingStore photoNames;
    private final Transactions transactions;
    private final Clock clock;
    private final AuditLog audit;
    /** Who created a record, as the items name it; null where not known. */
    private final java.util.function.Function<java.util.UUID, org.contrechamp.core.provenance.Person> authorOf;

    public ReviewDesk(SightingRepository repository, BundleLedger ledger, KeptRevisions kept, Keyring keyring,
                      PhotoSharingStore photoNames, Transactions transactions, Clock clock) {
        this(repository, ledger, kept, keyring, photoNames, transactions, clock, AuditLog.none());
    }

    /** Each decision is appended to {@code audit} in the transaction that stores its revision. */
    public ReviewDesk(SightingRepository repository, BundleLedger ledger, KeptRevisions kept, Keyring keyring,
                      PhotoSharingStore photoNames, Transactions transactions, Clock clock, AuditLog audit) {
        this(repository, ledger, kept, keyring, photoNames, transactions, clock, audit, id -> null);
    }

    /** @param authorOf who created a record, for the items to name; null where not known */
    public ReviewDesk(SightingRepository repository, BundleLedger ledger, KeptRevisions kept, Keyring keyring,
                      PhotoSharingStore photoNames, Transactions transactions, Clock clock, AuditLog audit,
                      java.util.function.Function<java.util.UUID, org.contrechamp.core.provenance.Person> authorOf) {
        this.authorOf = authorOf;
        this.audit = audit;
        this.repository = repository;
        this.ledger = ledger;
        this.kept = kept;
        this.keyring = keyring;
        this.photoNames = photoNames;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public List<ReviewItem> open() {
        List<ReviewItem> items = new ArrayList<>();
        for (BundleLedger.Conflict k : ledger.openConflicts()) {
            caseOf(k, false).ifPresent(c -> items.add(c.item())); // the item alone: no reasons read
        }
        return items;
    }

    @Override
    public Optional<ReviewCase> show(long id) {
        return ledger.conflict(id).flatMap(k -> caseOf(k, true));
    }

    @Override
    public Resolved resolve(long id, Resolution resolution, String comment) {
        String note = blankToNull(comment);
        if (note != null && !RevisionComment.isUsable(note)) {
            // It travels with the decision (docs/adr/0055): what every receiver can read back.
            throw new InvalidInputException(Problem.of(Long.toString(id), "review-comment-unusable",
                    RevisionComment.MAX_LENGTH));
        }
        return transactions.inTransaction(() -> {
            BundleLedger.Conflict item = openItem(id);
            ReviewCase c = caseOf(item, false).orElseThrow(() -> unknown(id));
            if (takesTheirs(resolution) && !signerTrusted(item)) {
                throw new InvalidInputException(Problem.of(Long.toString(id), "review-signer-revoked",
                        c.item().signerName()));
            }
            Version result = resolution.applyTo(c.merge());
            String how = describe(resolution);
            Resolved done = store(item, c, result, how, comment);
            audit.reviewDecided(decisionKind(c.item().kind(), resolution), id, item.sightingId(),
                    DecisionDetail.of(c.item().kind(), resolution, result), comment);
            return done;
        });
    }

    @Override
    public Resolved accept(long id, String comment) {
        return resolve(id, every(id, Choice.theirs()), comment);
    }

    @Override
    public Resolved reject(long id, String comment) {
        return resolve(id, every(id, Choice.mine()), comment);
    }

    private Resolution every(long id, Choice choice) {
        ReviewCase c = ledger.conflict(id).flatMap(k -> caseOf(k, false)).orElseThrow(() -> unknown(id));
        Map<MergeField, Choice> choices = new LinkedHashMap<>();
        for (FieldConflict f : c.merge().conflicts()) {
            choices.put(f.field(), choice);
        }
        return Resolution.of(choices);
    }

    /**
     * The resolution as a new local revision whose parents are both sides: it leaves in the next
     * bundle, and whoever holds either side takes it as including theirs.
     */
    private Resolved store(BundleLedger.Conflict item, ReviewCase c, Version result, String how, String comment) {
        HistoryEntry held = repository.latest(item.sightingId()).orElseThrow(() -> unknown(item.id()));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // Made on both sides, it is dated after either (docs/adr/0063).
        Sighting values = result.values().toBuilder().revision(held.change().revision() + 1)
                .updatedAt(UpdateTime.of(now, held.after(), item.incoming(), result.values())).build();
        String digest = RecordDigest.of(values, result.deleted(), photoNames::sharedName);
        Set<SightingField> changed = SightingField.changedBetween(held.after(), values);
        ChangeKind kind = result.deleted() && !held.deleted() ? ChangeKind.DELETE
                : !result.deleted() && held.deleted() ? ChangeKind.RESTORE : ChangeKind.UPDATE;
        repository.store(values, result.deleted(), new Change(values.id(), values.revision(), held.change().revision(),
                kind, now, changed, Change.LOCAL, digest, List.of(held.change().digest(), item.incomingDigest()), null));
        Set<String> included = new LinkedHashSet<>(item.ancestors());
        included.add(item.incomingDigest());
        repository.addAncestors(item.sightingId(), included);
        ledger.closeConflict(item.id(), now, how, blankToNull(comment), digest);
        if (blankToNull(comment) != null) {
            kept.comment(item.sightingId(), new KeptRevisions.Comment(digest, blankToNull(comment), null));
        }
        // Other items about the record that the resolution includes are settled with it.
        Set<String> lineage = repository.lineage(item.sightingId());
        for (BundleLedger.Conflict other : ledger.openConflicts(item.sightingId())) {
            if (lineage.contains(other.incomingDigest())) {
                ledger.closeConflict(other.id(), now, null, null, null);
            }
        }
        return new Resolved(item.id(), item.sightingId(), values.revision(), digest);
    }

    /** Read from the item alone: the queue's cases, each with its settlement, are not needed to say this. */
    @Override
    public boolean isOpen(long id) {
        return ledger.conflict(id).map(BundleLedger.Conflict::isOpen).orElse(false);
    }

    private BundleLedger.Conflict openItem(long id) {
        BundleLedger.Conflict item = ledger.conflict(id).orElseThrow(() -> unknown(id));
        if (!item.isOpen()) {
            throw new InvalidInputException(Problem.of(Long.toString(id), "review-closed", id));
        }
        return item;
    }

    /** @param withReasons whether to read the reasons given on the other side (shown, not decided on) */
    private Optional<ReviewCase> caseOf(BundleLedger.Conflict k, boolean withReasons) {
        Optional<HistoryEntry> heldEntry = repository.latest(k.sightingId());
        if (heldEntry.isEmpty()) {
            return Optional.empty(); // an item about a record not held cannot be shown (never made so)
        }
        HistoryEntry held = heldEntry.get();
        Version mine = new Version(held.after(), held.deleted());
        Sighting incoming = k.incoming().toBuilder()
                .photos(k.incoming().photos().stream().map(photoNames::localName).toList()).build();
        Version theirs = new Version(incoming, k.incomingDeleted());
        ReviewKind kind = switch (k.reason()) {
            case DIVERGED -> ReviewKind.CONFLICT;
            case NOT_AUTHOR -> ReviewKind.PROPOSAL;
            case COLLISION -> ReviewKind.COLLISION;
        };
        Optional<Settlement.Held> heldBack = kind == ReviewKind.CONFLICT
                ? Optional.ofNullable(Settlement.heldBack(k.sightingId(), repository, ledger, kept, photoNames)
                        .get(k.incomingDigest()))
                : Optional.empty();
        // A conflict held back is shown against the bases its merge was made from.
        List<Version> bases = kind == ReviewKind.COLLISION ? List.of()
                : heldBack.map(Settlement.Held::bases).filter(b -> !b.isEmpty()).orElseGet(() -> basesOf(k, mine));
        Version base = bases.isEmpty() ? null : bases.get(0);
        MergeResult merge = kind == ReviewKind.CONFLICT ? conflictOf(heldBack, bases, mine, theirs)
                : ProposalDecisions.of(withEarlierOwn(k, bases), mine, theirs, k.fields());
        // The record here took by itself the other side's fields that merge: they are its changes, not
        // this side's (which would read "the same change on both sides").
        Version mineChanges = heldBack.map(Settlement.Held::before).orElse(mine);
        List<MergeField> decisions = merge.conflicts().stream().map(FieldConflict::field).toList();
        String signerName = keyring.find(k.signer()).map(key -> key.identity().name()).orElse(k.signer().display());
        ReviewItem item = new ReviewItem(k.id(), k.sightingId(), kind, k.signer(), signerName, k.detectedAt(), decisions,
                authorOf.apply(k.sightingId()));
        if (!k.isOpen()) {
            // Settled, the record includes what was sent: compared with it, or with a base worked out
            // from it, nothing would differ. What the item was about is what its sender said it changed.
            return Optional.of(new ReviewCase(item, base, mine, theirs, merge, Set.of(), sent(k, theirs),
                    withReasons ? reasonsOf(k) : List.of()));
        }
        return Optional.of(new ReviewCase(item, base, mine, theirs, merge, changed(base, mineChanges),
                changed(base, theirs), withReasons ? reasonsOf(k) : List.of()));
    }

    /**
     * The fields an item's sender said it changed, as decisions name them: a deletion or a restoration
     * as the record's existence, the extra tags key by key (every one it holds: which it changed is not
     * kept), this computer's own state left out.
     */
    private static Set<MergeField> sent(BundleLedger.Conflict k, Version theirs) {
        Set<MergeField> fields = new LinkedHashSet<>();
        for (SightingField f : k.fields()) {
            if (!MergeRule.of(f).isShared()) {
                continue;
            }
            if (f == SightingField.EXTRA_TAGS) {
                theirs.values().extraTags().keySet().stream().sorted().forEach(key -> fields.add(MergeField.extraTag(key)));
            } else {
                fields.add(MergeField.of(f));
            }
        }
        if (k.incomingDeleted()) {
            fields.add(MergeField.DELETION);
        }
        return fields;
    }

    @Override
    public Optional<ReviewClosure> closure(long id) {
        return ledger.conflict(id).filter(k -> !k.isOpen()).map(k -> new ReviewClosure(k.resolvedAt(),
                audit.about(k.sightingId()).stream().filter(d -> d.reviewItem() == id).toList(), k.comment()));
    }

    /**
     * The comments of the decisions the arriving version includes and the record held does not: the
     * arriving revision's own first, then its ancestors' in the order the bundle named them (no order
     * of time); a text given twice is said once.
     */
    private List<String> reasonsOf(BundleLedger.Conflict k) {
        Map<String, KeptRevisions.Comment> comments = kept.comments(k.sightingId());
        if (comments.isEmpty()) {
            return List.of();
        }
        Set<String> held = repository.lineage(k.sightingId());
        Set<String> reasons = new LinkedHashSet<>();
        List<String> theirs = new ArrayList<>(List.of(k.incomingDigest()));
        theirs.addAll(k.ancestors());
        for (String digest : theirs) {
            KeptRevisions.Comment comment = comments.get(digest);
            if (comment != null && !held.contains(digest)) {
                reasons.add(comment.text());
            }
        }
        return List.copyOf(reasons);
    }

    /**
     * A proposal is compared with its bases and with its signer's own earlier versions the record does
     * not include ({@link KnownRevisions#earlierOwn}): a value changed and changed back is still its change.
     */
    private List<Version> withEarlierOwn(BundleLedger.Conflict k, List<Version> bases) {
        if (k.reason() != BundleLedger.ConflictReason.NOT_AUTHOR || bases.isEmpty()) {
            return bases; // (without a base, every value that differs is a decision already)
        }
        List<Version> compared = new ArrayList<>(bases);
        compared.addAll(KnownRevisions.of(k.sightingId(), repository, ledger, kept, photoNames)
                .earlierOwn(k.incomingDigest(), repository.lineage(k.sightingId())));
        return compared;
    }

    /**
     * A conflict as the record's settlement holds it back (docs/adr/0055): the decisions asked for are
     * those that keep it from settling. One the settlement no longer holds back (it merges now, and the
     * next sync closes it) is merged as it would be from the record held.
     */
    private static MergeResult conflictOf(Optional<Settlement.Held> held, List<Version> bases, Version mine,
                                          Version theirs) {
        return held.map(Settlement.Held::merge).orElseGet(() -> SeveralBases.merge(bases, mine, theirs));
    }

    /**
     * The revisions the merge starts from, as the import merged them (see {@link MergeBase#versions});
     * the first is the one shown as the base.
     */
    private List<Version> basesOf(BundleLedger.Conflict k, Version mine) {
        Set<String> theirs = new java.util.HashSet<>(k.ancestors());
        theirs.add(k.incomingDigest());
        List<Version> bases = MergeBase.versions(repository.lineage(k.sightingId()), theirs,
                KnownRevisions.of(k.sightingId(), repository, ledger, kept, photoNames));
        if (!bases.isEmpty()) {
            return bases;
        }
        // An item kept by an earlier version names no ancestors: its base revision number is all there is.
        if (k.ancestors().isEmpty() && k.baseRevision() > 0) {
            return repository.atRevision(k.sightingId(), k.baseRevision())
                    .map(e -> List.of(new Version(e.after(), e.deleted()))).orElse(List.of());
        }
        return List.of();
    }

    private static Set<MergeField> changed(Version base, Version side) {
        if (base == null) {
            return Set.of();
        }
        Set<MergeField> changed = new LinkedHashSet<>();
        if (base.deleted() != side.deleted()) {
            changed.add(MergeField.DELETION);
        }
        for (SightingField f : SightingField.changedBetween(base.values(), side.values())) {
            if (!MergeRule.of(f).isShared()) {
                continue; // this computer's own (the street its area gives): nobody's change
            }
            if (f == SightingField.EXTRA_TAGS) {
                Set<String> keys = new LinkedHashSet<>(base.values().extraTags().keySet());
                keys.addAll(side.values().extraTags().keySet());
                for (String key : keys) {
                    if (!java.util.Objects.equals(base.values().extraTags().get(key), side.values().extraTags().get(key))) {
                        changed.add(MergeField.extraTag(key));
                    }
                }
            } else {
                changed.add(MergeField.of(f));
            }
        }
        return changed;
    }

    private boolean signerTrusted(BundleLedger.Conflict item) {
        return keyring.find(item.signer()).map(TrustedKey::isTrusted).orElse(false);
    }

    /**
     * How the audit log names a decision: a proposal or a collision taken or declined whole is an
     * accept or a reject; anything decided field by field, and every conflict, is a resolution.
     */
    static DecisionKind decisionKind(ReviewKind kind, Resolution resolution) {
        if (kind == ReviewKind.CONFLICT || resolution.choices().isEmpty()) {
            return DecisionKind.RESOLVE;
        }
        if (resolution.choices().values().stream().allMatch(c -> c instanceof Choice.Theirs)) {
            return DecisionKind.ACCEPT;
        }
        if (resolution.choices().values().stream().allMatch(c -> c instanceof Choice.Mine)) {
            return DecisionKind.REJECT;
        }
        return DecisionKind.RESOLVE;
    }

    private static boolean takesTheirs(Resolution resolution) {
        return resolution.choices().values().stream().anyMatch(c -> !(c instanceof Choice.Mine));
    }

    /** How each decision went, for the record of the resolution: {@code {"operator":"theirs",…}}. */
    private static String describe(Resolution resolution) {
        Map<String, Object> how = new LinkedHashMap<>();
        resolution.choices().forEach((field, choice) -> how.put(field.path(),
                choice instanceof Choice.Typed typed ? Map.of("typed", typed.text())
                        : choice instanceof Choice.Theirs ? "theirs" : "mine"));
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(how);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String blankToNull(String comment) {
        return comment == null || comment.isBlank() ? null : comment.strip();
    }

    private static InvalidInputException unknown(long id) {
        return new InvalidInputException(Problem.of(Long.toString(id), "review-unknown", id));
    }
}
