package org.contrechamp.core.review;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.audit.AuditLog;
import org.contrechamp.core.audit.DecisionKind;
import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Transactions;
import org.contrechamp.core.duplicate.MergeChain;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingRepository;
import org.contrechamp.core.sighting.SightingService;

/**
 * The late edits of records merged away (see {@link LateEdit}), and their two decisions: the edit
 * goes to the record the camera lives on in ({@link #applyToSurvivor}), or is dropped
 * ({@link #discard}). Either way the merged-away record stays a tombstone; the review item is
 * resolved as every conflict is (a revision naming both sides, an audit entry).
 *
 * <p>Synchronous, one transaction per decision; not on the FX thread.
 */
public final class LateEdits {

    /**
     * A field an edit does not carry to the survivor: where a camera stands stays the survivor's own, as
     * a merge keeps it (docs/adr/0048). (The street and the draft flag are no part of an edit: {@link LateEdit}.)
     */
    private static final Set<SightingField> KEPT_BY_THE_SURVIVOR = EnumSet.of(SightingField.POSITION);

    private final ReviewService review;
    private final SightingService sightings;
    private final SightingRepository repository;
    private final BundleLedger ledger;
    private final Transactions transactions;
    private final AuditLog audit;

    public LateEdits(ReviewService review, SightingService sightings, SightingRepository repository,
            BundleLedger ledger, Transactions transactions, AuditLog audit) {
        this.review = review;
        this.sightings = sightings;
        this.repository = repository;
        this.ledger = ledger;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** What a late-edit decision did: the item resolved, and the survivor's new revision (null when dropped). */
    public record Decided(Resolved resolved, UUID survivor, Sighting survivorNow, List<MergeField> applied) {

        public Decided {
            applied = List.copyOf(applied);
        }
    }

    /** The item's late edit, if it is one (a case read with {@link ReviewService#show}). */
    public Optional<LateEdit> of(ReviewCase c) {
        return LateEdit.of(c, authorOfHead(c.item().sightingId()));
    }

    /** As {@link #of(ReviewCase)}, by the item's number. */
    public Optional<LateEdit> of(long item) {
        return review.show(item).flatMap(this::of);
    }

    /**
     * Carries what the late edit changed (its photos added, extra tags key by key, every other field
     * but the position) to the live record the tombstone's chain ends on, and resolves the item keeping
     * the tombstone.
     *
     * @throws InvalidInputException {@code review-unknown}, {@code late-edit-not} (the item is no late
     *         edit), the chain's problem when the survivor does not live (merged in a loop, not received,
     *         deleted since), {@code review-closed}: nothing is changed
     */
    public Decided applyToSurvivor(long item, String comment) {
        return transactions.inTransaction(() -> {
            LateEdit late = lateEdit(item);
            MergeChain.Followed chain = MergeChain.follow(late.survivor(), repository::latest);
            UUID live = chain.live().orElseThrow(() -> new InvalidInputException(chain.problem()
                    .orElse(Problem.of(late.survivor().toString(), "late-edit-survivor-gone", late.survivor()))));
            Sighting survivor = sightings.find(live).orElseThrow(() ->
                    new InvalidInputException(Problem.of(live.toString(), "late-edit-survivor-gone", live)));
            Sighting.Builder edited = survivor.toBuilder();
            List<MergeField> applied = new ArrayList<>();
            Sighting edit = late.edit().values();
            for (MergeField field : late.edited()) {
                if (apply(field, edit, survivor, edited)) {
                    applied.add(field);
                }
            }
            Sighting now = applied.isEmpty() ? survivor : sightings.update(edited.build());
            Resolved resolved = keepTombstone(item, late, comment);
            audit.reviewDecided(DecisionKind.RESOLVE, item, live, appliedDetail(late, applied), comment);
            return new Decided(resolved, live, now, applied);
        });
    }

    /** Drops the late edit: the record stays merged away, the item is resolved keeping the tombstone. */
    public Decided discard(long item, String comment) {
        return transactions.inTransaction(() -> {
            LateEdit late = lateEdit(item);
            return new Decided(keepTombstone(item, late, comment), late.survivor(), null, List.of());
        });
    }

    private LateEdit lateEdit(long item) {
        ReviewCase c = review.show(item).orElseThrow(() ->
                new InvalidInputException(Problem.of(Long.toString(item), "review-unknown", item)));
        return of(c).orElseThrow(() -> new InvalidInputException(Problem.of(Long.toString(item), "late-edit-not", item)));
    }

    private Resolved keepTombstone(long item, LateEdit late, String comment) {
        return late.tombstoneIsMine() ? review.reject(item, comment) : review.accept(item, comment);
    }

    /** Sets one changed field of the edit on the survivor's builder; whether that changes the survivor. */
    private static boolean apply(MergeField field, Sighting edit, Sighting survivor, Sighting.Builder target) {
        if (field instanceof MergeField.ExtraTag tag) {
            String value = edit.extraTags().get(tag.key());
            if (java.util.Objects.equals(value, survivor.extraTags().get(tag.key()))) {
                return false;
            }
            if (value == null) {
                target.withoutExtraTag(tag.key());
            } else {
                target.extraTag(tag.key(), value);
            }
            return true;
        }
        if (!(field instanceof MergeField.Plain plain) || KEPT_BY_THE_SURVIVOR.contains(plain.field())) {
            return false;
        }
        if (plain.field() == SightingField.PHOTOS) {
            Set<String> photos = new LinkedHashSet<>(survivor.photos());
            if (!photos.addAll(edit.photos())) {
                return false;
            }
            target.photos(List.copyOf(photos));
            return true;
        }
        if (java.util.Objects.equals(plain.field().valueOf(edit), plain.field().valueOf(survivor))) {
            return false;
        }
        plain.field().copy(edit, target);
        return true;
    }

    /** The audit entry's detail: which record's edit went where, and the fields it set. */
    private static String appliedDetail(LateEdit late, List<MergeField> applied) {
        java.util.Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("lateEditOf", late.record().toString());
        detail.put("applied", applied.stream().map(MergeField::path).toList());
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(detail);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Who made the revision held here: its author, else the signer of the bundle it came in; null for here. */
    private String authorOfHead(UUID id) {
        Optional<HistoryEntry> head = repository.latest(id);
        if (head.isEmpty()) {
            return null;
        }
        Change c = head.get().change();
        if (c.author() != null) {
            return c.author();
        }
        if (c.origin().startsWith("bundle:")) {
            return ledger.imported(c.origin().substring("bundle:".length())).map(b -> b.signer().hex()).orElse(null);
        }
        return null;
    }
}
