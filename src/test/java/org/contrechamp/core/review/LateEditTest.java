package org.contrechamp.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.identity.Ed25519;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.merge.MergeResult;
import org.contrechamp.core.merge.SeveralBases;
import org.contrechamp.core.merge.Version;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.StreetAssignment;
import org.junit.jupiter.api.Test;

/** Which review items are late edits of merged records, and what such an edit is said to have changed. */
class LateEditTest {

    private final Fingerprint bob = Fingerprint.of(Ed25519.raw(Ed25519.generate().getPublic()));
    private final UUID survivor = UUID.randomUUID();
    private final Sighting base = Sighting.newAt(Position.manual(43.7317, 7.4171))
            .street(StreetAssignment.nearest("Promenade Honoré II", 4)).build();

    private ReviewCase conflict(Version mine, Version theirs, Set<MergeField> changedMine, Set<MergeField> changedTheirs) {
        MergeResult merge = SeveralBases.merge(List.of(Version.of(base)), mine, theirs);
        ReviewItem item = new ReviewItem(2, base.id(), ReviewKind.CONFLICT, bob, "Bob", Instant.now(),
                merge.conflicts().stream().map(c -> c.field()).toList());
        return new ReviewCase(item, Version.of(base), mine, theirs, merge, changedMine, changedTheirs);
    }

    @Test
    void aStreetThisComputerWorkedOutIsNoPartOfTheEdit() {
        // Held here: the tombstone. Arrived: Bob's edit, which carries no street (streets never travel).
        Version tombstone = new Version(base.toBuilder().extraTag(MergedInto.KEY, survivor.toString()).build(), true);
        Version edit = Version.of(base.toBuilder().note("two lenses").street(null).build());
        ReviewCase c = conflict(tombstone, edit, Set.of(MergeField.DELETION, MergeField.extraTag(MergedInto.KEY)),
                Set.of(MergeField.of(SightingField.NOTE), MergeField.of(SightingField.STREET)));

        LateEdit late = LateEdit.of(c, null).orElseThrow();
        assertThat(late.survivor()).isEqualTo(survivor);
        assertThat(late.tombstoneIsMine()).isTrue();
        assertThat(late.editedBy()).isEqualTo(bob.hex());
        assertThat(late.edited()).containsExactly(MergeField.of(SightingField.NOTE));
    }

    @Test
    void aDeletionWithoutMergedIntoIsAnOrdinaryConflict() {
        Version deleted = new Version(base, true);
        Version edit = Version.of(base.toBuilder().note("two lenses").build());
        ReviewCase c = conflict(deleted, edit, Set.of(MergeField.DELETION), Set.of(MergeField.of(SightingField.NOTE)));
        assertThat(LateEdit.of(c, null)).isEmpty();
    }
}
