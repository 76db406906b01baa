package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.trust.TrustedKey;
import org.contrechamp.testing.TestJpegs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The author holds a record's photos as originals, everyone else as the shared copies: an edit made
 * elsewhere names its base by the shared copies, and must still be the author's record, merged as
 * an edit (not a conflict), with the author's originals kept.
 */
class PhotoNamesMergeTest {

    @TempDir
    Path root;

    private Party alice;
    private Party coord;
    private Path repo;

    @BeforeEach
    void setUp() {
        alice = new Party("Alice", root);
        coord = new Party("Coord", root);
        coord.trusts(alice);
        alice.trusts(coord, TrustedKey.Role.COORDINATOR);
        repo = root.resolve("repo");
        coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
    }

    @AfterEach
    void tearDown() {
        alice.close();
        coord.close();
    }

    @Test
    void aCoordinatorsEditOfARecordWithPhotosReachesItsAuthorAsAnEdit() throws Exception {
        String original = alice.photos.add(root.resolve("walk"), TestJpegs.noise(800, 600, 7), 1);
        Sighting a = alice.add(48.85, 2.35, original);
        alice.sync(repo);
        coord.sync(repo);
        Sighting atCoord = coord.workspace.sightings().find(a.id()).orElseThrow();
        assertThat(atCoord.photos()).singleElement().isNotEqualTo(original); // the shared copy

        coord.workspace.sightings().update(atCoord.toBuilder().operator("Mairie").build());
        coord.sync(repo);
        SharingReportAssert.noConflicts(alice.sync(repo));

        Sighting atAlice = alice.workspace.sightings().find(a.id()).orElseThrow();
        assertThat(atAlice.operator()).isEqualTo("Mairie");
        assertThat(atAlice.photos()).containsExactly(original);
        assertThat(alice.workspace.sharing().conflicts()).isEmpty();
        // Both name the revision alike: the author's photos count as their shared copies.
        assertThat(headDigest(alice, a)).isEqualTo(headDigest(coord, a));

        // And the author's next edit reaches the coordinator as an edit too.
        alice.workspace.sightings().update(atAlice.toBuilder().note("deux objectifs").build());
        alice.sync(repo);
        SharingReportAssert.noConflicts(coord.sync(repo));
        assertThat(coord.workspace.sightings().find(a.id()).orElseThrow())
                .matches(s -> "deux objectifs".equals(s.note()) && "Mairie".equals(s.operator()));
    }

    private static String headDigest(Party party, Sighting s) {
        var history = party.workspace.sightings().history(s.id());
        return history.get(history.size() - 1).change().digest();
    }

    /** The sync merged everything it received by itself. */
    private static final class SharingReportAssert {
        static void noConflicts(org.contrechamp.core.repository.SharingService.SyncReport report) {
            assertThat(report.result().imported()).allMatch(o -> o.conflicts() == 0);
        }
    }
}
