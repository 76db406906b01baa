package org.contrechamp.core.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.SightingField;

/**
 * A review item that is someone's late edit of a record merged away (docs/adr/0049, 0054): one side
 * is the tombstone tagged {@code merged_into}, the other an edit made on the same base without
 * knowing of the merge. What the person is asked is not "deleted or kept" but whether the edit goes to
 * the record the camera lives on in, or is dropped.
 *
 * @param record      the record merged away
 * @param survivor    the record its tombstone names
 * @param tombstoneIsMine whether the tombstone is the side held here (else it arrived)
 * @param mergedBy    fingerprint (hex) of the key that made the tombstone; null for this computer
 * @param editedBy    fingerprint (hex) of the key that made the edit; null for this computer
 * @param edit        the edited side
 * @param edited      what the edit changed since the base, in the order the desk lists fields
 */
public record LateEdit(UUID record, UUID survivor, boolean tombstoneIsMine, String mergedBy, String editedBy,
                       Version edit, List<MergeField> edited) {

    public LateEdit {
        edited = List.copyOf(edited);
    }

    /**
     * The item's late edit, when it is one: a conflict of deletion against edit whose deleted side
     * carries a {@code merged_into} tag naming another record.
     *
     * @param mineBy the key (hex) that made the side held here; null for this computer
     */
    static Optional<LateEdit> of(ReviewCase c, String mineBy) {
        if (c.item().kind() != ReviewKind.CONFLICT || c.merge().conflictOn(MergeField.DELETION).isEmpty()
                || c.mine().deleted() == c.theirs().deleted()) {
            return Optional.empty();
        }
        boolean tombstoneIsMine = c.mine().deleted();
        Version tombstone = tombstoneIsMine ? c.mine() : c.theirs();
        Optional<UUID> survivor = MergedInto.of(tombstone.values()).filter(id -> !id.equals(c.item().sightingId()));
        if (survivor.isEmpty()) {
            return Optional.empty();
        }
        String theirsBy = c.item().signer().hex();
        // The street and the draft flag are each computer's own (they never travel): no part of anyone's edit.
        List<MergeField> edited = (tombstoneIsMine ? c.changedTheirs() : c.changedMine()).stream()
                .filter(f -> f != MergeField.DELETION && !f.equals(MergeField.extraTag(MergedInto.KEY))
                        && !f.equals(MergeField.of(SightingField.STREET)) && !f.equals(MergeField.of(SightingField.DRAFT)))
                .sorted(java.util.Comparator.comparing(MergeField::path)).toList();
        return Optional.of(new LateEdit(c.item().sightingId(), survivor.get(), tombstoneIsMine,
                tombstoneIsMine ? mineBy : theirsBy, tombstoneIsMine ? theirsBy : mineBy,
                tombstoneIsMine ? c.theirs() : c.mine(), edited));
    }
}
