package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.duplicate.DecidedPairs;
import org.contrechamp.core.duplicate.DecisionTags;
import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.duplicate.MergeChain;
import org.contrechamp.core.duplicate.WorkOutcomes;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator's decisions travel and every party follows them (docs/adr/0049): a record merged away
 * arrives as "merged into" its survivor, two records decided distinct arrive decided, whatever the
 * order of the bundles (every permutation, each on a fresh receiver); the author's later edit of a
 * merged-away record is a conflict a person sees, never lost; a volunteer who trusts only the
 * coordinator receives the consolidated inventory; a revoked coordinator's new decisions are refused
 * while its past ones stay.
 */
class DecisionsTravelTest {

    @TempDir
    Path root;

    Party alice;
    Party bob;
    Party coord;
    Path repo;
    int receivers;

    @BeforeEach
    void setUp() {
        alice = new Party("Alice", root);
        bob = new Party("Bob", root);
        coord = new Party("Coord", root);
        repo = Party.campaign(root, coord, alice, bob);
        alice.trusts(bob);
        bob.trusts(alice);
    }

    @AfterEach
    void tearDown() {
        alice.close();
        bob.close();
        coord.close();
    }

    /** Alice's camera and Bob's sighting of the same one, both shared and held by the coordinator. */
    private UUID[] twoSightingsOfOneCamera() {
        Sighting a = alice.workspace.sightings().create(Sighting.newAt(
                org.contrechamp.core.sighting.Position.manual(48.85, 2.35)).operator("Mairie").build());
        Sighting b = bob.workspace.sightings().create(Sighting.newAt(
                org.contrechamp.core.sighting.Position.manual(48.85001, 2.35001)).model("X200").build());
        alice.sync(repo);
        bob.sync(repo);
        coord.sync(repo);
        return new UUID[] {a.id(), b.id()};
    }

    /** The coordinator merges {@code loser} into {@code survivor}, as common-12 describes it. */
    private static void merge(Party by, UUID survivor, UUID loser) {
        Sighting s = by.workspace.sightings().find(survivor).orElseThrow();
        Sighting l = by.workspace.sightings().find(loser).orElseThrow();
        by.workspace.sightings().update(s.toBuilder().model(s.model() == null ? l.model() : s.model()).build());
        by.workspace.sightings().update(l.toBuilder().extraTag(MergedInto.KEY, survivor.toString()).build());
        by.workspace.sightings().delete(loser);
    }

    @Test
    void aMergedAwayRecordArrivesMergedIntoItsSurvivorInEveryOrder() throws IOException {
        UUID[] ids = twoSightingsOfOneCamera();
        merge(coord, ids[0], ids[1]);
        coord.sync(repo);

        forEveryOrder((r, order) -> {
            MergeChain.Followed followed = r.workspace.decisions().follow(ids[1]);
            assertThat(followed.live()).as(order).contains(ids[0]);
            assertThat(followed.merged()).as(order).isTrue();
            assertThat(r.workspace.decisions().pairs().decision(ids[0], ids[1])).as(order)
                    .contains(DecidedPairs.Decision.MERGED);
            Sighting survivor = r.workspace.sightings().find(ids[0]).orElseThrow();
            assertThat(survivor.operator()).as(order).isEqualTo("Mairie");
            assertThat(survivor.model()).as(order).isEqualTo("X200");
            assertThat(r.workspace.sharing().conflicts()).as(order).isEmpty();
            assertThat(r.workspace.sharing().waiting()).as(order).isEmpty();
        });
        // And the volunteers themselves.
        bob.sync(repo);
        assertThat(bob.workspace.decisions().follow(ids[1]).live()).contains(ids[0]);
        assertThat(bob.workspace.decisions().outcomes(Optional.empty())).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo(WorkOutcomes.Kind.MERGED_INTO);
            assertThat(o.record()).isEqualTo(ids[1]);
            assertThat(o.other()).isEqualTo(ids[0]);
            assertThat(o.by()).isEqualTo(coord.identity().fingerprint());
        });
        alice.sync(repo);
        assertThat(alice.workspace.decisions().outcomes(Optional.empty())).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo(WorkOutcomes.Kind.ABSORBED);
            assertThat(o.record()).isEqualTo(ids[0]);
            assertThat(o.other()).isEqualTo(ids[1]);
        });
    }

    @Test
    void theAuthorsLaterEditOfAMergedAwayRecordIsAConflictAPersonSeesInEveryOrder() throws IOException {
        UUID[] ids = twoSightingsOfOneCamera();
        merge(coord, ids[0], ids[1]);
        coord.sync(repo);
        // Bob, offline, looks again at his camera before he has the coordinator's merge.
        Sighting atBob = bob.workspace.sightings().find(ids[1]).orElseThrow();
        bob.workspace.sightings().update(atBob.toBuilder().note("second look: two lenses").build());
        bob.sync(repo); // publishes his edit, then receives the merge

        forEveryOrder((r, order) -> {
            List<BundleLedger.Conflict> open = r.workspace.sharing().conflicts();
            assertThat(open).as(order).singleElement().satisfies(c -> {
                assertThat(c.sightingId()).isEqualTo(ids[1]);
                assertThat(c.reason()).isEqualTo(BundleLedger.ConflictReason.DIVERGED);
            });
            assertNothingLost(r, open.get(0), ids, order);
        });
        // The coordinator and Bob see it too.
        coord.sync(repo);
        assertThat(coord.workspace.sharing().conflicts()).singleElement()
                .satisfies(c -> assertNothingLost(coord, c, ids, "coordinator"));
        assertThat(bob.workspace.sharing().conflicts()).singleElement()
                .satisfies(c -> assertNothingLost(bob, c, ids, "bob"));
    }

    /** Both the edit and the tombstone are held: one as the record, the other kept for the person. */
    private static void assertNothingLost(Party r, BundleLedger.Conflict c, UUID[] ids, String order) {
        HistoryEntry head = r.workspace.sightings().history(ids[1]).get(r.workspace.sightings().history(ids[1]).size() - 1);
        boolean headIsTombstone = head.deleted();
        Sighting live = headIsTombstone ? c.incoming() : head.after();
        Sighting tombstone = headIsTombstone ? head.after() : c.incoming();
        assertThat(c.incomingDeleted()).as(order).isNotEqualTo(headIsTombstone);
        assertThat(live.note()).as(order).isEqualTo("second look: two lenses");
        assertThat(tombstone.extraTags()).as(order).containsEntry(MergedInto.KEY, ids[0].toString());
        assertThat(r.workspace.sightings().find(ids[0])).as(order).isPresent();
    }

    @Test
    void aDistinctDecisionReachesEveryoneInEveryOrderAndMergesWithTheAuthorsEdits() throws IOException {
        UUID[] ids = twoSightingsOfOneCamera();
        assertThat(coord.workspace.decisions().decideDistinct(ids[0], ids[1])).isEqualTo(2);
        assertThat(coord.workspace.decisions().decideDistinct(ids[1], ids[0])).isZero();
        coord.sync(repo);
        // Alice changes her camera meanwhile: a field the decision does not touch.
        Sighting atAlice = alice.workspace.sightings().find(ids[0]).orElseThrow();
        alice.workspace.sightings().update(atAlice.toBuilder().manufacturer("Axis").build());
        alice.sync(repo);

        forEveryOrder((r, order) -> {
            assertThat(r.workspace.decisions().pairs().decision(ids[1], ids[0])).as(order)
                    .contains(DecidedPairs.Decision.DISTINCT);
            assertThat(r.workspace.decisions().pairs().decidedWith(ids[0])).as(order).containsExactly(ids[1]);
            assertThat(r.workspace.sightings().find(ids[0]).orElseThrow().manufacturer()).as(order).isEqualTo("Axis");
            assertThat(r.workspace.sharing().conflicts()).as(order).isEmpty();
        });
        bob.sync(repo);
        assertThat(bob.workspace.decisions().pairs().isDecided(ids[0], ids[1])).isTrue();
        assertThat(bob.workspace.decisions().outcomes(Optional.empty())).anySatisfy(o -> {
            assertThat(o.kind()).isEqualTo(WorkOutcomes.Kind.DISTINCT_FROM);
            assertThat(o.other()).isEqualTo(ids[0]);
            assertThat(o.by()).isEqualTo(coord.identity().fingerprint());
        });
    }

    @Test
    void aVolunteerWhoTrustsOnlyTheCoordinatorReceivesTheConsolidatedInventory() {
        UUID[] ids = twoSightingsOfOneCamera();
        merge(coord, ids[0], ids[1]);
        SharingService.PublishReport published = coord.workspace.sharing().syncAndPublish(repo.toString(), null,
                Progress.NONE, Cancellation.NEVER);
        assertThat(published.consolidated().records()).isEqualTo(2);
        assertThat(published.written()).isGreaterThanOrEqualTo(1);

        try (Party late = new Party("Dave", root)) {
            late.trusts(coord, TrustedKey.Role.COORDINATOR);
            late.sync(repo);
            Sighting a = late.workspace.sightings().find(ids[0]).orElseThrow();
            assertThat(a.operator()).isEqualTo("Mairie");
            assertThat(a.model()).isEqualTo("X200");
            assertThat(late.workspace.decisions().follow(ids[1]).live()).contains(ids[0]);
            assertThat(late.workspace.sharing().waiting()).isEmpty();
            assertThat(late.workspace.sharing().conflicts()).isEmpty();

            // Later Dave trusts the volunteers too: their old bundles are old news, no collision.
            late.trusts(alice);
            late.trusts(bob);
            late.sync(repo);
            assertThat(late.workspace.sharing().conflicts()).isEmpty();
            assertThat(late.workspace.sharing().alerts()).noneMatch(x -> x.kind().equals("collision"));
            // Alice is still the author of her camera there: her next edit applies.
            alice.sync(repo);
            Sighting atAlice = alice.workspace.sightings().find(ids[0]).orElseThrow();
            alice.workspace.sightings().update(atAlice.toBuilder().note("checked again").build());
            alice.sync(repo);
            late.sync(repo);
            assertThat(late.workspace.sightings().find(ids[0]).orElseThrow().note()).isEqualTo("checked again");
            assertThat(late.workspace.sharing().conflicts()).isEmpty();
        }
    }

    @Test
    void theConsolidatedInventoryGivesTheSameRecordsInEveryOrder() throws IOException {
        UUID[] ids = twoSightingsOfOneCamera();
        merge(coord, ids[0], ids[1]);
        coord.workspace.sharing().syncAndPublish(repo.toString(), null, Progress.NONE, Cancellation.NEVER);

        String[] expected = new String[2];
        forEveryOrder((r, order) -> {
            String survivor = RecordHead.of(r, ids[0]).orElseThrow().entry().change().digest();
            String tombstone = RecordHead.of(r, ids[1]).orElseThrow().entry().change().digest();
            if (expected[0] == null) {
                expected[0] = survivor;
                expected[1] = tombstone;
            }
            assertThat(survivor).as(order).isEqualTo(expected[0]);
            assertThat(tombstone).as(order).isEqualTo(expected[1]);
            assertThat(r.workspace.sharing().conflicts()).as(order).isEmpty();
            assertThat(r.workspace.sharing().alerts()).as(order).noneMatch(x -> x.kind().equals("collision"));
            assertThat(r.workspace.decisions().follow(ids[1]).live()).as(order).contains(ids[0]);
        });
    }

    @Test
    void aRevokedCoordinatorsNewDecisionsAreRefusedAndItsPastOnesStay() {
        UUID[] ids = twoSightingsOfOneCamera();
        Sighting third = alice.workspace.sightings().create(Sighting.newAt(
                org.contrechamp.core.sighting.Position.manual(48.8501, 2.3501)).build());
        alice.sync(repo);
        coord.sync(repo);
        coord.workspace.decisions().decideDistinct(ids[0], ids[1]);
        coord.sync(repo);
        alice.sync(repo);
        assertThat(alice.workspace.decisions().pairs().isDecided(ids[0], ids[1])).isTrue();

        alice.workspace.trust().revoke(coord.identity().fingerprint().hex());
        coord.workspace.decisions().decideDistinct(ids[0], third.id());
        coord.sync(repo);
        SharingService.SyncReport report = alice.sync(repo);
        assertThat(report.result().rejected()).anySatisfy(x -> assertThat(x.code()).isEqualTo("bundle-revoked-signer"));
        assertThat(alice.workspace.decisions().pairs().isDecided(ids[0], ids[1])).isTrue();
        assertThat(alice.workspace.decisions().pairs().isDecided(ids[0], third.id())).isFalse();
        assertThat(alice.workspace.sightings().find(ids[0]).orElseThrow().extraTags())
                .doesNotContainKey(DecisionTags.distinctKey(third.id()));
    }

    @Test
    void aDecisionOnARecordItsAuthorDeletedMeanwhileIsAConflictNothingLost() throws IOException {
        UUID[] ids = twoSightingsOfOneCamera();
        coord.workspace.decisions().decideDistinct(ids[0], ids[1]);
        coord.sync(repo);
        alice.workspace.sightings().delete(ids[0]);
        alice.sync(repo);

        forEveryOrder((r, order) -> {
            assertThat(r.workspace.sharing().conflicts()).as(order).singleElement().satisfies(c -> {
                assertThat(c.sightingId()).isEqualTo(ids[0]);
                HistoryEntry head = RecordHead.of(r, ids[0]).orElseThrow().entry();
                assertThat(c.incomingDeleted()).isNotEqualTo(head.deleted());
                Sighting live = head.deleted() ? c.incoming() : head.after();
                assertThat(live.extraTags()).containsKey(DecisionTags.distinctKey(ids[1]));
            });
            // Bob's record keeps its half of the decision.
            assertThat(r.workspace.decisions().pairs().isDecided(ids[0], ids[1])).as(order).isTrue();
        });
    }

    @Test
    void aConflictStillOpenAtTheCoordinatorIsNotDecidedByItsConsolidatedInventory() {
        UUID[] ids = twoSightingsOfOneCamera();
        bob.sync(repo);
        Sighting atAlice = alice.workspace.sightings().find(ids[0]).orElseThrow();
        alice.workspace.sightings().update(atAlice.toBuilder().operator("Alice's").note("two lenses").build());
        alice.sync(repo);
        Sighting atCoord = coord.workspace.sightings().find(ids[0]).orElseThrow();
        coord.workspace.sightings().update(atCoord.toBuilder().operator("Coord's").build());
        coord.sync(repo); // its edit leaves, Alice's arrives: the note merges, the operator is a conflict
        assertThat(coord.workspace.sharing().conflicts()).singleElement()
                .satisfies(c -> assertThat(c.incoming().operator()).isEqualTo("Alice's"));
        coord.workspace.sharing().syncAndPublish(repo.toString(), null, Progress.NONE, Cancellation.NEVER);

        bob.sync(repo);
        Sighting atBob = bob.workspace.sightings().find(ids[0]).orElseThrow();
        List<BundleLedger.Conflict> open = bob.workspace.sharing().conflicts();
        // Both operators are still there for a person; the inventory decided nothing.
        assertThat(open).as(RecordHead.historyOf(bob, ids[0])).isNotEmpty();
        assertThat(List.of(atBob.operator(), open.get(0).incoming().operator()))
                .containsExactlyInAnyOrder("Alice's", "Coord's");
        assertThat(atBob.note()).isEqualTo("two lenses");
    }

    /** Checked on a fresh receiver (trusting the volunteers as such, the coordinator as one) per order. */
    private void forEveryOrder(BiConsumer<Party, String> check) throws IOException {
        for (List<Path> order : AuthorshipTest.permutations(bundles())) {
            try (Party r = new Party("Receiver" + (++receivers), root)) {
                r.trusts(alice);
                r.trusts(bob);
                r.trusts(coord, TrustedKey.Role.COORDINATOR);
                for (Path bundle : order) {
                    r.workspace.sharing().importFile(bundle, Cancellation.NEVER);
                }
                check.accept(r, order.stream().map(p -> p.getParent().getFileName().toString().substring(0, 6) + "/"
                        + p.getFileName().toString().substring(0, 2)).toList().toString());
            }
        }
    }

    private List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(repo.resolve("bundles"))) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}
