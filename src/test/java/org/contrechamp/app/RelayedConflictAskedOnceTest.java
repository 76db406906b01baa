package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.review.ReviewItem;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator's edit that conflicts with the author's arrives in the coordinator's own bundle and
 * again in the other coordinator's consolidated copy: one version, so one question for the author,
 * not one per bundle that carried it (found by the new-user test).
 */
class RelayedConflictAskedOnceTest {

    @TempDir
    Path root;

    List<Party> everyone;

    @AfterEach
    void tearDown() {
        everyone.forEach(Party::close);
    }

    @Test
    void oneVersionCarriedByTwoBundlesIsOneItem() {
        Party alice = new Party("Alice", root);
        Party nord = new Party("Nord", root);
        Party sud = new Party("Sud", root);
        everyone = List.of(alice, nord, sud);
        Party.everyoneTrustsEveryone(everyone, List.of(nord, sud));
        Path repo = root.resolve("repo");
        nord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        UUID record = alice.add(48.85, 2.35).id();
        everyone.forEach(p -> p.sync(repo));

        setModel(alice, record, "Bosch Flexidome");
        setModel(nord, record, "Hikvision DS-2CD");
        publish(nord, repo); // Nord's edit, in its own bundle and in its consolidated inventory
        publish(sud, repo); // Sud takes it, and sends it on in its consolidated inventory too
        alice.sync(repo);
        alice.sync(repo);

        List<ReviewItem> open = alice.workspace.review().open();
        assertThat(open).as("Alice's queue").hasSize(1);
        // Named by the bundle that brought it first (keys are drawn anew each run, and bundles are read
        // in their signers' order): a bundle says who signed it, not who made each version in it.
        assertThat(open.get(0).signerName()).isIn("Nord", "Sud");
    }

    private static void publish(Party coordinator, Path repo) {
        coordinator.workspace.sharing().syncAndPublish(repo.toString(), null, Progress.NONE, Cancellation.NEVER);
    }

    private static void setModel(Party party, UUID record, String model) {
        Sighting held = party.workspace.sightings().find(record).orElseThrow();
        party.workspace.sightings().update(held.toBuilder().model(model).build());
    }
}
