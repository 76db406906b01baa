package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.testing.FolderSnapshot;
import org.contrechamp.testing.ReadOnlyFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A data directory's database opened to look at only (docs/adr/0053): it reads what is stored, even
 * changes still in the WAL; it refuses every write with its own sentence; and it writes nothing beside
 * it. As root, where a folder without write permission can still be written, the tests check the last
 * point by comparing the folder before and after: SQLite's read-only mode holds for root too.
 */
class DatabaseOpenedToLookTest {

    @TempDir
    Path dir;

    @Test
    void aReadOnlyDirectoryIsReadAndNothingIsWrittenInIt() throws Exception {
        storeNotes(dir, 3);
        Map<String, String> before = FolderSnapshot.of(dir);
        try (ReadOnlyFolder frozen = ReadOnlyFolder.freeze(dir)) {
            try (LookingLock looking = LookingLock.take(dir); Database db = Database.openToLook(dir, looking.othersMayWrite())) {
                assertThat(looking.othersMayWrite()).isFalse();
                assertThat(db.lookOnly()).isTrue();
                assertThat(notes(db)).isEqualTo(3);
                DataUnavailableException refused = catchThrowableOfType(() -> db.inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate("DELETE FROM note");
                    }
                }), DataUnavailableException.class);
                assertThat(refused.problem().code()).isEqualTo("look-only-refused");
                assertThat(refused.problem().field()).isEqualTo(dir.toAbsolutePath().toString());
                assertThat(notes(db)).isEqualTo(3);
            }
        }
        assertThat(FolderSnapshot.of(dir)).isEqualTo(before);
    }

    @Test
    void changesStillInTheWalAreSeenAndWithoutTheirIndexInAReadOnlyFolderTheViewIsRefused() throws Exception {
        Path crashed = dir.resolve("crashed");
        Files.createDirectories(crashed);
        try (Database db = Database.open(dir)) {
            createNotes(db, 4);
            // What a killed process leaves: the database, its WAL with the last commits, and their index.
            for (String name : new String[] {Database.FILE_NAME, Database.FILE_NAME + "-wal", Database.FILE_NAME + "-shm"}) {
                Files.copy(dir.resolve(name), crashed.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        assertThat(Files.size(crashed.resolve(Database.FILE_NAME + "-wal"))).isPositive();
        try (Database db = Database.openToLook(crashed, false)) {
            assertThat(notes(db)).isEqualTo(4);
        }

        Files.delete(crashed.resolve(Database.FILE_NAME + "-shm"));
        try (ReadOnlyFolder frozen = ReadOnlyFolder.freeze(crashed)) {
            if (frozen.enforced()) {
                DataUnavailableException refused = catchThrowableOfType(() -> Database.openToLook(crashed, false),
                        DataUnavailableException.class);
                assertThat(refused.problem().code()).isEqualTo("look-only-pending-wal");
                assertThat(refused.problem().args()).containsExactly(Database.FILE_NAME + "-wal");
            } else {
                // Root without a read-only mount: SQLite can make the index, and the changes are read.
                try (Database db = Database.openToLook(crashed, false)) {
                    assertThat(notes(db)).isEqualTo(4);
                }
            }
        }
    }

    @Test
    void aDatabaseBeingWrittenIsReadAsAWalReaderAndSeesNewCommits() throws Exception {
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dir); Database writer = Database.open(dir)) {
            createNotes(writer, 2);
            try (LookingLock looking = LookingLock.take(dir);
                 Database reader = Database.openToLook(dir, looking.othersMayWrite())) {
                assertThat(looking.othersMayWrite()).isTrue();
                assertThat(looking.writer()).isEqualTo(Long.toString(ProcessHandle.current().pid()));
                assertThat(notes(reader)).isEqualTo(2);
                writer.inTransaction(c -> {
                    try (Statement s = c.createStatement()) {
                        return s.executeUpdate("INSERT INTO note VALUES (99)");
                    }
                });
                assertThat(notes(reader)).isEqualTo(3);
            }
            // The writer's lock is untouched by the view that came and went.
            assertThat(probe()).isEqualTo(3);
        }
    }

    @Test
    void whileAViewLooksNoOtherProcessCanStartWriting() throws Exception {
        storeNotes(dir, 1);
        try (LookingLock looking = LookingLock.take(dir)) {
            assertThat(looking.othersMayWrite()).isFalse();
            assertThat(probe()).isEqualTo(3);
            DataUnavailableException here = catchThrowableOfType(() -> DataDirectoryLock.acquire(dir),
                    DataUnavailableException.class);
            assertThat(here.problem().code()).isEqualTo("data-dir-locked");
        }
        assertThat(probe()).isZero();
    }

    @Test
    void anOlderDatabaseIsNotMigratedButRefusedWithWhatToDo() throws Exception {
        storeNotes(dir, 1);
        try (Database db = Database.open(dir)) {
            db.execute("PRAGMA user_version = 3");
        }
        Map<String, String> before = FolderSnapshot.of(dir);
        DataUnavailableException refused = catchThrowableOfType(() -> Database.openToLook(dir, false),
                DataUnavailableException.class);
        assertThat(refused.problem().code()).isEqualTo("database-older-look-only");
        assertThat(refused.problem().args().get(0)).isEqualTo(3);
        assertThat(FolderSnapshot.of(dir)).isEqualTo(before);
    }

    /** A database with {@code n} rows in a table of the test's own, closed cleanly (no WAL left). */
    private static void storeNotes(Path directory, int n) {
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(directory); Database db = Database.open(directory)) {
            createNotes(db, n);
        }
    }

    private static void createNotes(Database db, int n) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("CREATE TABLE note (x INTEGER)");
                for (int i = 0; i < n; i++) {
                    s.executeUpdate("INSERT INTO note VALUES (" + i + ")");
                }
            }
            return null;
        });
    }

    private static int notes(Database db) {
        return db.read(c -> {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM note")) {
                r.next();
                return r.getInt(1);
            }
        });
    }

    /** Tries the exclusive lock from another JVM: 0 taken, 3 refused as locked. */
    private int probe() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                LockProbe.class.getName(), dir.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return p.exitValue();
    }
}
