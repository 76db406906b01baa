package org.contrechamp.app;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smallest campaign where authority matters, for the tests that extend it: Alice creates a
 * camera, Bob is another volunteer, Coord the coordinator; each trusts the others (Coord as a
 * coordinator), Coord made the repository, and all three hold the camera when a test begins.
 */
abstract class CampaignOfThree {

    @TempDir
    Path root;

    Party alice;
    Party bob;
    Party coord;
    Path repo;
    /** Alice's camera. */
    UUID record;

    @BeforeEach
    void makeTheCampaign() {
        alice = new Party("Alice", root);
        bob = new Party("Bob", root);
        coord = new Party("Coord", root);
        Party.everyoneTrustsEveryone(List.of(alice, bob, coord), List.of(coord));
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        record = alice.add(48.85, 2.35).id();
        everyoneSyncs();
    }

    /** Two rounds of syncs, Alice, Bob, then Coord: whatever any of them holds, all hold. */
    void everyoneSyncs() {
        for (int round = 0; round < 2; round++) {
            for (Party p : List.of(alice, bob, coord)) {
                p.sync(repo);
            }
        }
    }

    @AfterEach
    void closeTheCampaign() {
        alice.close();
        bob.close();
        coord.close();
    }
}
