package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.contrechamp.core.repository.SyncResult;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record's {@code fields} list names what changed since the sender's base. A receiver that lacks
 * that base merges from an older revision, against which more fields changed: that is no reason to
 * refuse the bundle (docs/bundle-format.md, section 6, step 10).
 */
class FieldsListAgainstAnOlderBaseTest {

    @TempDir
    Path root;

    @Test
    void anHonestEditMadeOnARevisionTheReceiverOnlyKnowsAsAnAncestorMerges() {
        try (Party alice = new Party("Alice", root); Party coord = new Party("Coord", root);
             Party second = new Party("Second", root)) {
            Path repo = root.resolve("repo");
            alice.workspace.sharing().initRepository(repo.toString(), "Campagne");
            alice.trusts(coord, TrustedKey.Role.COORDINATOR);
            coord.trusts(alice);
            second.trusts(alice);
            second.trusts(coord, TrustedKey.Role.COORDINATOR);
            Sighting a = alice.add(48.85, 2.35);
            alice.sync(repo);
            coord.sync(repo);
            second.sync(repo);
            // A second coordinator sets the operator and does not sync for a while.
            second.workspace.sightings().update(second.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                    .operator("Mairie").build());
            // The coordinator adds a note; Alice takes it and changes the model on top of it: her record
            // lists "model" alone, rightly, since her base already has the note.
            coord.workspace.sightings().update(coord.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                    .note("two cameras").build());
            coord.sync(repo);
            alice.sync(repo);
            alice.workspace.sightings().update(alice.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                    .model("X200").build());
            alice.sync(repo);

            second.sync(repo);
            SyncResult again = second.sync(repo).result();

            assertThat(again.rejected()).isEmpty();
            Sighting held = second.workspace.sightings().find(a.id()).orElseThrow();
            assertThat(held.operator()).isEqualTo("Mairie");
            assertThat(held.note()).isEqualTo("two cameras");
            assertThat(held.model()).isEqualTo("X200");
        }
    }
}
