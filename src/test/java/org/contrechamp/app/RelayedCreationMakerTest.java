package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;

import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.provenance.RecordProvenance;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A creation that reaches a volunteer only in a coordinator's consolidated inventory was made by
 * its author, whom the inventory names: the history says so, not that the coordinator created it
 * (found by the new-user test).
 */
class RelayedCreationMakerTest {

    @TempDir
    Path root;

    @Test
    void theCreationRowNamesItsAuthorNotTheCoordinatorWhoSentItOn() {
        try (Party alice = new Party("Alice", root); Party coord = new Party("Coord", root);
             Party dave = new Party("Dave", root)) {
            alice.trusts(coord, TrustedKey.Role.COORDINATOR);
            coord.trusts(alice, TrustedKey.Role.VOLUNTEER);
            dave.trusts(coord, TrustedKey.Role.COORDINATOR); // Dave trusts the coordinator only
            Path repo = root.resolve("repo");
            coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
            UUID record = alice.add(48.85, 2.35).id();
            alice.sync(repo);
            coord.workspace.sharing().syncAndPublish(repo.toString(), null, Progress.NONE, Cancellation.NEVER);
            dave.sync(repo);

            RecordProvenance p = dave.workspace.provenance().of(record);
            assertThat(p.author().key()).isEqualTo(alice.identity().fingerprint().hex());
            assertThat(p.changes().get(0).kind()).isEqualTo("create");
            assertThat(p.changes().get(0).author().key()).as("who made the creation")
                    .isEqualTo(alice.identity().fingerprint().hex());
        }
    }
}
