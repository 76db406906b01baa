package org.contrechamp.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;

import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.storage.Database;
import org.contrechamp.testing.TestJpegs;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Data shared before migration V006 has history rows without a digest: it is computed from the stored
 * text when read. The author's rows name their photos by the originals, the receivers' by the shared
 * copies, so the same revision gets two digests; an edit the author makes after the upgrade must
 * still reach the receivers whole.
 */
class UpgradedPhotoRecordsTest {

    @TempDir
    Path root;

    @Test
    @Disabled("Bug in src/main: a row without a digest (every row V006 migrated) is named by "
            + "RecordDigest.of(stored text) with the photos as stored (HistoryRows.read line 102, "
            + "SqliteSightingRepository.legacyRowDigest line 421): on the author's computer the originals, on "
            + "the receiver's the shared copies. The author's next edit then includes no revision the receiver "
            + "holds; merged without a base, the field the author cleared keeps the receiver's old value, and "
            + "the edit counts as unchanged: the author's change is lost silently")
    void aFieldTheAuthorClearsAfterTheUpgradeIsClearedAtTheCoordinator() throws Exception {
        try (Party alice = new Party("Alice", root); Party coord = new Party("Coord", root)) {
            Path repo = root.resolve("repo");
            coord.workspace.sharing().initRepository(repo.toString(), "Campagne");
            coord.trusts(alice);
            Sighting a = alice.workspace.sightings().create(Sighting.newAt(Position.manual(48.85, 2.35))
                    .photos(List.of(alice.photos.add(root.resolve("p"), TestJpegs.jpeg(400, 300), 1)))
                    .note("two cameras").build());
            alice.sync(repo);
            coord.sync(repo);
            asBeforeTheUpgrade(alice);
            asBeforeTheUpgrade(coord);

            alice.workspace.sightings().update(alice.workspace.sightings().find(a.id()).orElseThrow().toBuilder()
                    .note(null).build());
            alice.sync(repo);
            coord.sync(repo);

            assertThat(coord.workspace.sightings().find(a.id()).orElseThrow().note()).isNull();
        }
    }

    /** What V006 leaves of rows stored before it: no digest. */
    private static void asBeforeTheUpgrade(Party party) throws Exception {
        party.workspace.close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + party.dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE sighting_history SET digest = NULL");
        }
        party.workspace = LocalWorkspace.open(party.dir, party.photos);
    }
}
