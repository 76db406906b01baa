package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.repository.SharingService;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator publishing each week signs only what changed since its last publication
 * (docs/adr/0054), while a volunteer who reads the repository from the start and trusts only the
 * coordinator still receives every record, in any order of the coordinator's bundles; a new
 * coordinator key publishes everything once.
 */
class IncrementalPublicationTest {

    @TempDir
    Path root;

    Party alice;
    Party bob;
    Party coord;
    Path repo;
    UUID[] ids;
    int latecomers;

    @BeforeEach
    void aCampaignOfThreeRecordsPublishedOnce() {
        alice = new Party("Alice", root);
        bob = new Party("Bob", root);
        coord = new Party("Coord", root);
        repo = Party.campaign(root, coord, alice, bob);
        // Alice's camera is the older one, so that a merge keeps it whatever the random ids: records
        // created in the same millisecond are ordered by id (docs/adr/0048).
        Sighting a = alice.workspace.sightings().create(Sighting.newAt(Position.manual(48.85, 2.35)).operator("Mairie")
                .createdAt(java.time.Instant.now().minusSeconds(3600)).build());
        Sighting x = alice.workspace.sightings().create(Sighting.newAt(Position.manual(48.86, 2.36)).build());
        Sighting b = bob.workspace.sightings().create(Sighting.newAt(Position.manual(48.85001, 2.35001)).model("X200").build());
        alice.sync(repo);
        bob.sync(repo);
        SharingService.PublishReport first = publish(coord);
        assertThat(first.consolidated().records()).isEqualTo(3);
        assertThat(first.unchanged()).isZero();
        ids = new UUID[] {a.id(), x.id(), b.id()};
    }

    @AfterEach
    void tearDown() {
        alice.close();
        bob.close();
        coord.close();
    }

    private static SharingService.PublishReport publish(Party by) {
        return by.workspace.sharing().syncAndPublish(by.workspace.dataDirectory().getParent().resolve("repo").toString(),
                null, Progress.NONE, Cancellation.NEVER);
    }

    private static void edit(Party by, UUID id, String note) {
        Sighting s = by.workspace.sightings().find(id).orElseThrow();
        by.workspace.sightings().update(s.toBuilder().note(note).build());
    }

    /** The records of the last bundle this party signed. */
    private static int lastBundleRecords(Party p) {
        return p.workspace.sharing().exports().get(p.workspace.sharing().exports().size() - 1).records();
    }

    @Test
    void aPublicationWithNothingChangedSignsNothingAndOneAfterAnEditCarriesThatRecordOnly() {
        int bundlesBefore = coord.workspace.sharing().exports().size();
        SharingService.PublishReport nothing = publish(coord);
        assertThat(nothing.consolidated().bundles()).isEmpty();
        assertThat(nothing.unchanged()).isEqualTo(3);
        assertThat(coord.workspace.sharing().exports()).hasSize(bundlesBefore);

        // A volunteer's edit, received by the coordinator: the next publication carries it alone.
        edit(alice, ids[0], "two lenses");
        alice.sync(repo);
        SharingService.PublishReport weekly = publish(coord);
        assertThat(weekly.consolidated().records()).isEqualTo(1);
        assertThat(weekly.unchanged()).isEqualTo(2);
        assertThat(lastBundleRecords(coord)).isEqualTo(1);

        // The coordinator's own edit too (it also leaves in its ordinary bundle, as before).
        edit(coord, ids[2], "seen from the bus stop");
        SharingService.PublishReport own = publish(coord);
        assertThat(own.consolidated().records()).isEqualTo(1);
        assertThat(own.unchanged()).isEqualTo(2);
    }

    @Test
    void aVolunteerWhoReadsTheRepositoryFromTheStartReceivesEveryRecordInEveryOrder() throws IOException {
        edit(alice, ids[0], "two lenses");
        alice.sync(repo);
        publish(coord);
        // The coordinator merges Bob's sighting into Alice's camera: two records change.
        coord.workspace.duplicates().merge(ids[0], ids[2]);
        SharingService.PublishReport merged = publish(coord);
        assertThat(merged.consolidated().records()).isEqualTo(2);
        assertThat(merged.unchanged()).isEqualTo(1);

        List<Path> coordinators = bundlesOf(coord);
        assertThat(coordinators).hasSizeLessThanOrEqualTo(4);
        for (List<Path> order : AuthorshipTest.permutations(coordinators)) {
            try (Party late = new Party("Late" + (++latecomers), root)) {
                late.trusts(coord, TrustedKey.Role.COORDINATOR);
                for (Path bundle : order) {
                    late.workspace.sharing().importFile(bundle, Cancellation.NEVER);
                }
                assertEveryRecordAsTheCoordinatorHoldsIt(late, order.toString());
            }
        }
        // And through an ordinary sync, as a newcomer does it.
        try (Party dave = new Party("Dave", root)) {
            dave.trusts(coord, TrustedKey.Role.COORDINATOR);
            dave.sync(repo);
            assertEveryRecordAsTheCoordinatorHoldsIt(dave, "sync");
        }
    }

    private void assertEveryRecordAsTheCoordinatorHoldsIt(Party late, String order) {
        Sighting survivor = late.workspace.sightings().find(ids[0]).orElseThrow();
        assertThat(survivor.note()).as(order).isEqualTo("two lenses");
        assertThat(survivor.model()).as(order).isEqualTo("X200");
        assertThat(late.workspace.sightings().find(ids[1])).as(order).isPresent();
        assertThat(late.workspace.sightings().find(ids[2])).as(order).isEmpty();
        assertThat(late.workspace.decisions().follow(ids[2]).live()).as(order).contains(ids[0]);
        assertThat(late.workspace.sharing().waiting()).as(order).isEmpty();
        assertThat(late.workspace.sharing().conflicts()).as(order).isEmpty();
    }

    @Test
    void aNewCoordinatorKeyPublishesEverythingOnceAndANewcomerWhoRevokedTheOldOneReceivesIt() {
        edit(alice, ids[1], "behind the tree");
        alice.sync(repo);
        publish(coord);
        try (Party second = new Party("Coord2", root); Party erin = new Party("Erin", root)) {
            second.trusts(coord, TrustedKey.Role.COORDINATOR);
            second.trusts(alice);
            second.trusts(bob);
            second.sync(repo);
            SharingService.PublishReport first = publish(second);
            assertThat(first.consolidated().records()).isEqualTo(3);
            assertThat(first.unchanged()).isZero();
            assertThat(publish(second).consolidated().bundles()).isEmpty();

            // Erin knows the first coordinator's key as revoked (a lost laptop) and trusts the new one.
            erin.trusts(coord, TrustedKey.Role.COORDINATOR);
            erin.workspace.trust().revoke(coord.identity().fingerprint().hex(), "laptop lost");
            erin.trusts(second, TrustedKey.Role.COORDINATOR);
            SharingService.SyncReport report = erin.sync(repo);
            assertThat(report.result().rejected()).allSatisfy(r -> assertThat(r.code()).isEqualTo("bundle-revoked-signer"))
                    .isNotEmpty();
            assertThat(erin.workspace.sightings().listLive()).hasSize(3);
            assertThat(erin.workspace.sightings().find(ids[1]).orElseThrow().note()).isEqualTo("behind the tree");
            assertThat(erin.workspace.sharing().waiting()).isEmpty();
        }
    }

    @Test
    void afterRevokingAVolunteerThePublicationStillCarriesWhatChangedOnly() {
        coord.workspace.trust().revoke(bob.identity().fingerprint().hex(), "left the campaign");
        edit(bob, ids[2], "refused from now on");
        bob.sync(repo);
        edit(coord, ids[0], "checked");
        SharingService.PublishReport after = publish(coord);
        assertThat(after.sync().result().rejected()).anySatisfy(r -> assertThat(r.code()).isEqualTo("bundle-revoked-signer"));
        assertThat(after.consolidated().records()).isEqualTo(1);
        assertThat(after.unchanged()).isEqualTo(2);
        assertThat(coord.workspace.sightings().find(ids[2]).orElseThrow().note()).isNull();
    }

    private List<Path> bundlesOf(Party p) throws IOException {
        Path folder = repo.resolve("bundles").resolve(p.identity().fingerprint().hex());
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }
}
