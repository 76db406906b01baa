package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.audit.Decision;
import org.contrechamp.core.audit.DecisionKind;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.review.LateEdit;
import org.contrechamp.core.review.LateEdits;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bob edits his sighting after the coordinator merged it into Alice's camera: the conflict that
 * makes is a late edit of a merged record, said as such, and the person carries the edit to the
 * survivor or drops it; the merged record stays merged either way, and bad cases are refused with
 * nothing changed.
 */
class LateEditOfMergedRecordTest {

    @TempDir
    Path root;

    Party alice;
    Party bob;
    Party coord;
    Path repo;
    UUID survivor;
    UUID merged;

    @BeforeEach
    void bobEditsHisSightingAfterTheCoordinatorMergedIt() {
        alice = new Party("Alice", root);
        bob = new Party("Bob", root);
        coord = new Party("Coord", root);
        repo = Party.campaign(root, coord, alice, bob);
        alice.trusts(bob);
        bob.trusts(alice);
        // Alice's camera is the older one, so the merge keeps it whatever the two random ids are: two
        // records created in the same millisecond would be ordered by id, and the scenario turned around.
        survivor = alice.workspace.sightings().create(Sighting.newAt(Position.manual(48.85, 2.35)).operator("Mairie")
                .createdAt(Instant.now().minusSeconds(3600)).build()).id();
        merged = bob.workspace.sightings().create(Sighting.newAt(Position.manual(48.85001, 2.35001)).build()).id();
        alice.sync(repo);
        bob.sync(repo);
        coord.sync(repo);
        coord.workspace.duplicates().merge(survivor, merged, "one pole");
        coord.sync(repo);
        Sighting atBob = bob.workspace.sightings().find(merged).orElseThrow();
        bob.workspace.sightings().update(atBob.toBuilder().note("two lenses").model("X200").build());
        bob.sync(repo); // his edit leaves, the merge arrives
        coord.sync(repo);
    }

    @AfterEach
    void tearDown() {
        alice.close();
        bob.close();
        coord.close();
    }

    private static ReviewItem onlyItem(Party p) {
        List<ReviewItem> open = p.workspace.review().open();
        assertThat(open).hasSize(1);
        return open.get(0);
    }

    @Test
    void theItemSaysTheRecordWasMergedIntoTheSurvivorByWhomAndWhatTheEditChanged() {
        ReviewItem item = onlyItem(coord);
        LateEdit late = coord.workspace.lateEdits().of(item.id()).orElseThrow();
        assertThat(late.record()).isEqualTo(merged);
        assertThat(late.survivor()).isEqualTo(survivor);
        assertThat(late.tombstoneIsMine()).isTrue();
        assertThat(late.mergedBy()).isNull(); // this computer
        assertThat(late.editedBy()).isEqualTo(bob.identity().fingerprint().hex());
        assertThat(late.edited()).contains(MergeField.of(SightingField.NOTE), MergeField.of(SightingField.MODEL));

        // At Bob's the sides are the other way round: his edit is held, the tombstone arrived from the coordinator.
        LateEdit atBob = bob.workspace.lateEdits().of(onlyItem(bob).id()).orElseThrow();
        assertThat(atBob.tombstoneIsMine()).isFalse();
        assertThat(atBob.mergedBy()).isEqualTo(coord.identity().fingerprint().hex());
        assertThat(atBob.editedBy()).isNull();
        assertThat(atBob.survivor()).isEqualTo(survivor);
    }

    @Test
    void applyingTheEditToTheSurvivorCarriesItThereKeepsTheMergeAndReachesEveryone() {
        ReviewItem item = onlyItem(coord);
        LateEdits.Decided done = coord.workspace.lateEdits().applyToSurvivor(item.id(), "Bob looked again");
        assertThat(done.survivor()).isEqualTo(survivor);
        assertThat(done.applied()).contains(MergeField.of(SightingField.NOTE), MergeField.of(SightingField.MODEL));
        Sighting kept = coord.workspace.sightings().find(survivor).orElseThrow();
        assertThat(kept.note()).isEqualTo("two lenses");
        assertThat(kept.model()).isEqualTo("X200");
        assertThat(kept.operator()).isEqualTo("Mairie");
        assertThat(kept.position().latitude()).isEqualTo(48.85);
        assertThat(coord.workspace.sightings().find(merged)).isEmpty();
        assertThat(coord.workspace.review().open()).isEmpty();
        List<Decision> entries = coord.workspace.audit().about(survivor);
        assertThat(entries).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DecisionKind.RESOLVE);
            assertThat(d.comment()).isEqualTo("Bob looked again");
            assertThat(d.detail()).contains(merged.toString(), "note");
        });

        coord.sync(repo);
        for (Party p : List.of(alice, bob)) {
            p.sync(repo);
            assertThat(p.workspace.sightings().find(survivor).orElseThrow().note()).as(p.name).isEqualTo("two lenses");
            assertThat(p.workspace.sightings().find(merged)).as(p.name).isEmpty();
            assertThat(p.workspace.review().open()).as(p.name).isEmpty();
        }
    }

    @Test
    void discardingTheEditKeepsTheRecordMergedAwayAndTheSurvivorAsItWas() {
        Sighting before = coord.workspace.sightings().find(survivor).orElseThrow();
        coord.workspace.lateEdits().discard(onlyItem(coord).id(), null);
        assertThat(coord.workspace.sightings().find(survivor).orElseThrow()).isEqualTo(before);
        assertThat(coord.workspace.sightings().find(merged)).isEmpty();
        assertThat(coord.workspace.review().open()).isEmpty();

        // Bob, whose edit is the side held, drops it too: his record becomes the tombstone.
        bob.workspace.lateEdits().discard(onlyItem(bob).id(), "the coordinator is right");
        assertThat(bob.workspace.sightings().find(merged)).isEmpty();
        assertThat(bob.workspace.decisions().follow(merged).live()).contains(survivor);
    }

    @Test
    void aSurvivorDeletedSinceIsRefusedWithASentenceAndNothingChanges() {
        coord.workspace.sightings().delete(survivor);
        long item = onlyItem(coord).id();
        assertThatThrownBy(() -> coord.workspace.lateEdits().applyToSurvivor(item, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).field())
                        .isEqualTo(survivor.toString()));
        assertThat(coord.workspace.review().open()).hasSize(1);
        assertThat(coord.workspace.sightings().find(survivor)).isEmpty();
    }

    @Test
    void anItemThatIsNoLateEditIsRefusedByBothDecisionsAndNothingChanges() {
        coord.workspace.lateEdits().discard(onlyItem(coord).id(), null);
        // An ordinary conflict: Alice and the coordinator change the operator differently.
        alice.sync(repo);
        Sighting atAlice = alice.workspace.sightings().find(survivor).orElseThrow();
        alice.workspace.sightings().update(atAlice.toBuilder().operator("Alice's").build());
        alice.sync(repo);
        Sighting atCoord = coord.workspace.sightings().find(survivor).orElseThrow();
        coord.workspace.sightings().update(atCoord.toBuilder().operator("Coord's").build());
        coord.sync(repo);
        long item = onlyItem(coord).id();
        assertThat(coord.workspace.lateEdits().of(item)).isEmpty();
        for (Runnable decision : List.<Runnable>of(() -> coord.workspace.lateEdits().applyToSurvivor(item, null),
                () -> coord.workspace.lateEdits().discard(item, null))) {
            assertThatThrownBy(decision::run).isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code()).isEqualTo("late-edit-not"));
        }
        assertThat(coord.workspace.review().open()).hasSize(1);
        assertThat(coord.workspace.sightings().find(survivor).orElseThrow().operator()).isEqualTo("Coord's");
        assertThatThrownBy(() -> coord.workspace.lateEdits().applyToSurvivor(999, null))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems().get(0).code()).isEqualTo("review-unknown"));
    }
}
