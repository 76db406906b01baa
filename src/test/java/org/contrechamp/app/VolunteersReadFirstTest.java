package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.bundle.ImportOutcome;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sync reads the volunteers' bundles before the coordinators', whatever their keys: a coordinator's
 * correction read before the volunteer's survey it corrects is adopted and settled again when the
 * creation comes, twice the work (docs/benchmarks.md). The keys are chosen so that the coordinator's
 * folder comes first in the repository's order, as it did in the benchmark that found it.
 */
class VolunteersReadFirstTest {

    @TempDir
    Path root;

    private List<Party> everyone = List.of();

    @AfterEach
    void close() {
        everyone.forEach(Party::close);
    }

    @Test
    void theVolunteersSurveyIsReadBeforeTheCoordinatorsCorrectionOfIt() throws Exception {
        Party coord = new Party("Coord", root, seeded(1));
        Party alice = null;
        for (int seed = 2; alice == null; seed++) {
            Party candidate = new Party("Alice" + seed, root, seeded(seed));
            if (candidate.identity().fingerprint().hex().compareTo(coord.identity().fingerprint().hex()) > 0) {
                alice = candidate;
            } else {
                candidate.close();
            }
        }
        Party second = new Party("Second", root, seeded(99));
        everyone = List.of(coord, alice, second);
        Party.everyoneTrustsEveryone(everyone, List.of(coord, second));
        Path repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
        UUID record = alice.add(48.85, 2.35).id();
        alice.sync(repo);
        coord.sync(repo);
        Sighting held = coord.workspace.sightings().find(record).orElseThrow();
        coord.workspace.sightings().update(held.toBuilder().operator("Ville de Paris").build());
        alice.workspace.sightings().update(alice.workspace.sightings().find(record).orElseThrow().toBuilder()
                .note("Deux objectifs").build());
        coord.sync(repo);
        alice.sync(repo);

        List<ImportOutcome> read = second.sync(repo).result().imported();
        assertThat(read).extracting(o -> o.signer().hex()).as("signers in the order read")
                .containsExactly(alice.identity().fingerprint().hex(), alice.identity().fingerprint().hex(),
                        coord.identity().fingerprint().hex());
        Sighting settled = second.workspace.sightings().find(record).orElseThrow();
        assertThat(settled.operator()).isEqualTo("Ville de Paris");
        assertThat(settled.note()).isEqualTo("Deux objectifs");
        assertThat(second.workspace.review().open()).isEmpty();
    }

    private static SecureRandom seeded(long seed) throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(seed);
        return random;
    }
}
