package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.trust.TrustedKey;
import org.contrechamp.testing.TestJpegs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A merge made on receiving a bundle is not exported: every computer that holds both sides must make
 * it alike, with the same digest, whichever side it held first (docs/adr/0041).
 */
class MergeOnReceiptIsTheSameEverywhereTest {

    @TempDir
    Path root;

    @Test
    void photosAddedOnBothSidesMergeToTheSameRevisionOnBothComputers() {
        try (Party alice = new Party("Alice", root); Party coord = new Party("Coord", root)) {
            Path repo = root.resolve("repo");
            coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
            alice.trusts(coord, TrustedKey.Role.COORDINATOR);
            coord.trusts(alice);
            Sighting a = alice.add(48.85, 2.35, alice.photos.add(root.resolve("a"), TestJpegs.jpeg(400, 300), 1));
            alice.sync(repo);
            coord.sync(repo);

            String alicesSecond = alice.photos.add(root.resolve("a"), TestJpegs.jpeg(420, 300), 1);
            Sighting atAlice = alice.workspace.sightings().find(a.id()).orElseThrow();
            alice.workspace.sightings().update(atAlice.toBuilder()
                    .photos(List.of(atAlice.photos().get(0), alicesSecond)).build());
            String coordsSecond = coord.photos.add(root.resolve("c"), TestJpegs.jpeg(440, 300), 1);
            Sighting atCoord = coord.workspace.sightings().find(a.id()).orElseThrow();
            coord.workspace.sightings().update(atCoord.toBuilder()
                    .photos(List.of(atCoord.photos().get(0), coordsSecond)).build());
            alice.sync(repo);
            coord.sync(repo);
            alice.sync(repo);

            assertThat(alice.workspace.sightings().find(a.id()).orElseThrow().photos()).hasSize(3);
            assertThat(coord.workspace.sightings().find(a.id()).orElseThrow().photos()).hasSize(3);
            assertThat(head(alice, a.id()).change().digest()).isEqualTo(head(coord, a.id()).change().digest());
        }
    }

    private static HistoryEntry head(Party party, UUID id) {
        List<HistoryEntry> history = party.workspace.sightings().history(id);
        return history.get(history.size() - 1);
    }
}
