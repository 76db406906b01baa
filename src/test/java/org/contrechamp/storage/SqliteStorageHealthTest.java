package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Arrays;

import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database's check of itself ({@code PRAGMA quick_check}) on a real file, sound and damaged. */
class SqliteStorageHealthTest {

    @TempDir
    Path dir;

    @Test
    void aSoundDatabaseHasNoIntegrityProblem() {
        try (Database db = Database.open(dir)) {
            assertThat(new SqliteStorageHealth(db).integrityProblems()).isEmpty();
        }
    }

    @Test
    void aDamagedIndexPageIsFoundByTheIntegrityCheck() throws Exception {
        long rootPage;
        int pageSize;
        try (Database db = Database.open(dir)) {
            SightingService service = new SightingService(new SqliteSightingRepository(db), Clock.systemUTC());
            for (int i = 0; i < 300; i++) {
                service.create(Sighting.newAt(Position.manual(48.85 + i * 1e-4, 2.35)).build());
            }
            rootPage = db.read(c -> {
                try (PreparedStatement p = c.prepareStatement("SELECT rootpage FROM sqlite_schema "
                        + "WHERE name = 'sqlite_autoindex_sighting_history_1'"); ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            });
            pageSize = db.intPragma("page_size");
        }
        // A bad sector in the middle of an index: the page is there, its content is noise.
        try (RandomAccessFile file = new RandomAccessFile(dir.resolve(Database.FILE_NAME).toFile(), "rw")) {
            byte[] noise = new byte[pageSize];
            Arrays.fill(noise, (byte) 0x5A);
            file.seek((rootPage - 1) * pageSize);
            file.write(noise);
        }
        try (Database db = Database.open(dir)) {
            assertThat(new SqliteStorageHealth(db).integrityProblems()).isNotEmpty();
        }
    }
}
