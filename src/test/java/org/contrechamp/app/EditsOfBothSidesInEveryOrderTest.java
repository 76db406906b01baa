package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.contrechamp.core.bundle.ImportOutcome;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The merge benchmark's exchange in small (docs/benchmarks.md, "Merging"): Alice creates records and
 * later changes their operator; the coordinator, who received the creations but not her change, sets
 * their model. A second coordinator who reads the four bundles in any order, the coordinator's edit
 * before Alice's creation included, ends with both changes merged and nothing to decide. With the
 * coordinator's bundles read first, an earlier version of the import adopted the coordinator's copy
 * as the record and then met Alice's change with no base: one conflict per edited record.
 */
class EditsOfBothSidesInEveryOrderTest {

    @TempDir
    Path root;

    Party alice;
    Party coord;
    Path repo;
    List<UUID> edited = new ArrayList<>();
    List<Path> bundles = new ArrayList<>();

    @BeforeEach
    void aliceAndTheCoordinatorEditTheSameRecordsApart() throws IOException {
        alice = new Party("Alice", root);
        coord = new Party("Coord", root);
        repo = Party.campaign(root, coord, alice);
        for (int i = 0; i < 3; i++) {
            edited.add(alice.add(48.85 + i * 0.001, 2.35).id());
        }
        alice.sync(repo);
        coord.add(48.86, 2.36);
        coord.sync(repo); // the coordinator has Alice's creations
        for (UUID id : edited) {
            Sighting s = alice.workspace.sightings().find(id).orElseThrow();
            alice.workspace.sightings().update(s.toBuilder().operator("Mairie").build());
        }
        alice.sync(repo);
        for (UUID id : edited) {
            Sighting s = coord.workspace.sightings().find(id).orElseThrow();
            coord.workspace.sightings().update(s.toBuilder().model("AXIS P1455").build());
        }
        coord.sync(repo);
        bundles.addAll(bundlesOf(alice));
        bundles.addAll(bundlesOf(coord));
        assertThat(bundles).hasSize(4);
    }

    @AfterEach
    void tearDown() {
        alice.close();
        coord.close();
    }

    @Test
    void aSecondCoordinatorReadingTheBundlesInAnyOrderMergesBothChangesWithNothingToDecide() {
        int readers = 0;
        for (List<Path> order : AuthorshipTest.permutations(bundles)) {
            try (Party second = new Party("Second" + (++readers), root)) {
                second.trusts(alice);
                second.trusts(coord, TrustedKey.Role.COORDINATOR);
                for (Path bundle : order) {
                    ImportOutcome outcome = second.workspace.sharing().importFile(bundle, Cancellation.NEVER);
                    assertThat(outcome.conflicts()).as(names(order)).isZero();
                }
                assertThat(second.workspace.review().open()).as(names(order)).isEmpty();
                for (UUID id : edited) {
                    Sighting held = second.workspace.sightings().find(id).orElseThrow();
                    assertThat(held.operator()).as(names(order)).isEqualTo("Mairie");
                    assertThat(held.model()).as(names(order)).isEqualTo("AXIS P1455");
                }
            }
        }
    }

    @Test
    void aSecondCoordinatorSyncingTheRepositoryMergesBothChangesWhicheverSignerComesFirst() {
        try (Party second = new Party("Second", root)) {
            second.trusts(alice);
            second.trusts(coord, TrustedKey.Role.COORDINATOR);
            var report = second.sync(repo);
            assertThat(report.openConflicts()).isZero();
            assertThat(report.stillWaiting()).isZero();
            for (UUID id : edited) {
                Sighting held = second.workspace.sightings().find(id).orElseThrow();
                assertThat(held.operator()).isEqualTo("Mairie");
                assertThat(held.model()).isEqualTo("AXIS P1455");
            }
        }
    }

    private String names(List<Path> order) {
        return order.stream().map(p -> p.getParent().getFileName().toString().substring(0, 6) + "/"
                + p.getFileName().toString().split("-")[0]).toList().toString()
                + " (Alice " + alice.identity().fingerprint().hex().substring(0, 6) + ")";
    }

    private List<Path> bundlesOf(Party party) throws IOException {
        try (Stream<Path> files = Files.list(repo.resolve("bundles").resolve(party.identity().fingerprint().hex()))) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .sorted(Comparator.comparingLong(f -> Long.parseLong(f.getFileName().toString().split("-")[0])))
                    .toList();
        }
    }
}
