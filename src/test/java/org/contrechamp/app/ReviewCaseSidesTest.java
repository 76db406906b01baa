package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.area.OsmXml;
import org.contrechamp.core.common.Cancellation;
import org.contrechamp.core.common.Progress;
import org.contrechamp.core.merge.MergeField;
import org.contrechamp.core.review.ReviewCase;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a conflict says each side changed, as the desk and {@code conflicts show} mark it: only
 * what that side did. A field the record here took by itself from the other side is the other
 * side's change, not "the same change on both sides"; the street this computer's area gives is
 * nobody's change.
 */
class ReviewCaseSidesTest {

    @TempDir
    Path root;

    private Party alice;
    private Party coord;
    private Path repo;
    private UUID record;

    @BeforeEach
    void setUp() throws Exception {
        alice = new Party("Alice", root);
        coord = new Party("Coord", root);
        Party.everyoneTrustsEveryone(List.of(alice, coord), List.of(coord));
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        // A street along 45°N in the coordinator's area only: his copy of the camera gets it.
        Path osm = OsmXml.create().node(1, 45, 5).node(2, 45, 5.002)
                .way(100, new long[] {1, 2}, "highway", "residential", "name", "Rue des Tilleuls")
                .write(root.resolve("area.osm"));
        coord.workspace.area().importFile(osm, Progress.NONE, Cancellation.NEVER);
        record = alice.add(45.0001, 5.001).id();
        alice.sync(repo);
        coord.sync(repo);
        assertThat(coord.workspace.sightings().find(record).orElseThrow().street()).isNotNull();
    }

    @AfterEach
    void tearDown() {
        alice.close();
        coord.close();
    }

    @Test
    void eachSideChangedOnlyWhatItDid() {
        alice.edit(record, b -> b.model("X200"));
        coord.edit(record, b -> b.model("X300").height(4.0));
        alice.sync(repo);
        coord.sync(repo);
        alice.sync(repo);

        ReviewCase atAlice = onlyCase(alice);
        assertThat(atAlice.merge().conflicts()).extracting(c -> c.field()).containsExactly(model());
        assertThat(atAlice.mine().values().height()).as("taken by itself from the coordinator").isEqualTo(4.0);
        assertThat(atAlice.changedMine()).containsExactly(model());
        assertThat(atAlice.changedTheirs()).containsExactlyInAnyOrder(model(), MergeField.of(SightingField.HEIGHT));

        ReviewCase atCoord = onlyCase(coord);
        assertThat(atCoord.changedMine()).as("the street is the coordinator's area's, no change of his")
                .containsExactlyInAnyOrder(model(), MergeField.of(SightingField.HEIGHT));
        assertThat(atCoord.changedTheirs()).containsExactly(model());
    }

    private static MergeField model() {
        return MergeField.of(SightingField.MODEL);
    }

    private ReviewCase onlyCase(Party party) {
        assertThat(party.workspace.review().open()).as(party.name + "'s queue").hasSize(1);
        return party.workspace.review().show(party.workspace.review().open().get(0).id()).orElseThrow();
    }

}
