package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.StreetAssignment;
import org.contrechamp.core.trust.TrustedKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The street is each computer's own (docs/adr/0041): it does not travel in bundles, a receiver
 * derives it from its own area, and a street assigned or typed on one computer is no edit anybody
 * else receives.
 */
class LocalStreetTest {

    @TempDir
    Path root;

    private Party alice;
    private Party coord;
    private Path repo;

    @BeforeEach
    void setUp() throws Exception {
        alice = new Party("Alice", root);
        coord = new Party("Coord", root);
        coord.trusts(alice);
        alice.trusts(coord, TrustedKey.Role.COORDINATOR);
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        // One street along 45°N, known to the coordinator's area only.
        Path osm = OsmXml.create().node(1, 45, 5).node(2, 45, 5.002)
                .way(100, new long[] {1, 2}, "highway", "residential", "name", "Rue des Tilleuls")
                .write(root.resolve("area.osm"));
        coord.workspace.area().importFile(osm, Progress.NONE, Cancellation.NEVER);
    }

    @AfterEach
    void tearDown() {
        alice.close();
        coord.close();
    }

    @Test
    void aReceiverGivesARecordTheStreetOfItsOwnAreaAndStreetsNeverTravel() {
        Sighting typed = alice.workspace.sightings().create(Sighting.newAt(Position.manual(45.0001, 5.001))
                .street(StreetAssignment.manual("Rue typée chez Alice")).build());
        alice.sync(repo);
        coord.sync(repo);

        Sighting atCoord = coord.workspace.sightings().find(typed.id()).orElseThrow();
        assertThat(atCoord.street()).isNotNull();
        assertThat(atCoord.street().name()).isEqualTo("Rue des Tilleuls");

        // The coordinator types another street: nothing leaves, and Alice keeps hers.
        coord.workspace.sightings().update(atCoord.toBuilder().street(StreetAssignment.manual("Rue corrigée")).build());
        assertThat(coord.sync(repo).result().exported().records()).isZero();
        alice.sync(repo);
        assertThat(alice.workspace.sightings().find(typed.id()).orElseThrow().street().name())
                .isEqualTo("Rue typée chez Alice");
    }
}
