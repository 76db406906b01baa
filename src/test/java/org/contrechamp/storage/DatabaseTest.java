package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.contrechamp.core.common.DataUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DatabaseTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseIsMigratedInWalModeWithForeignKeys() {
        try (Database db = Database.open(dir)) {
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    assertThat(one(s, "PRAGMA journal_mode")).isEqualTo("wal");
                    assertThat(one(s, "PRAGMA foreign_keys")).isEqualTo("1");
                    assertThat(one(s, "PRAGMA user_version")).isEqualTo(Integer.toString(Migrations.latestVersion()));
                    assertThat(one(s, "PRAGMA application_id")).isEqualTo(Integer.toString(Database.APPLICATION_ID));
                }
                return null;
            });
        }
        assertThat(dir.resolve(Migrator.BACKUP_FOLDER)).doesNotExist();
    }

    @Test
    void savepointAndStatementJournalsAreKeptInMemory() {
        // Each unit of a commit group is a savepoint; in a temporary file its journal cost a write
        // call for every page the unit changed (docs/benchmarks.md, the merge benchmark).
        try (Database db = Database.open(dir)) {
            assertThat(db.intPragma("temp_store")).isEqualTo(2); // 2: MEMORY
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    static Stream<Integer> previousVersions() {
        return Migrations.versions().stream().filter(v -> v < Migrations.latestVersion());
    }

    @ParameterizedTest(name = "from version {0}", allowZeroInvocations = true)
    @MethodSource("previousVersions")
    void everyOlderDatabaseIsBackedUpThenMigrated(int version) throws Exception {
        StorageTestSupport.databaseAtVersion(dir, version);
        try (Database db = Database.open(dir)) {
            assertThat(db.intPragma("user_version")).isEqualTo(Migrations.latestVersion());
        }
        try (Stream<Path> backups = Files.list(dir.resolve(Migrator.BACKUP_FOLDER))) {
            assertThat(backups.map(p -> p.getFileName().toString()))
                    .singleElement().asString().startsWith("contrechamp-v" + version + "-");
        }
    }

    @Test
    void migrationsAreNumberedWithoutGapsAndAllListed() throws IOException {
        List<String> listed = Migrations.SCRIPTS;
        for (int i = 0; i < listed.size(); i++) {
            assertThat(listed.get(i)).startsWith(String.format("V%03d__", i + 1)).endsWith(".sql");
            assertThat(Migrations.script(i + 1)).isNotBlank();
        }
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/org/contrechamp/storage/migrations"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrderElementsOf(listed);
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws Exception {
        StorageTestSupport.databaseAtVersion(dir, Migrations.latestVersion());
        StorageTestSupport.execute(dir, "PRAGMA user_version = " + (Migrations.latestVersion() + 1));
        byte[] before = Files.readAllBytes(dir.resolve(Database.FILE_NAME));
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(DataUnavailableException.class,
                e -> assertThat(e.problem().code()).isEqualTo("database-newer"));
        assertThat(Files.readAllBytes(dir.resolve(Database.FILE_NAME))).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotSqliteIsReportedAndNeverOverwritten() throws IOException {
        byte[] garbage = "this is my shopping list, not a database".repeat(100).getBytes();
        Files.write(dir.resolve(Database.FILE_NAME), garbage);
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(DataUnavailableException.class,
                e -> assertThat(e.problem().code()).isEqualTo("database-corrupt"));
        assertThat(Files.readAllBytes(dir.resolve(Database.FILE_NAME))).isEqualTo(garbage);
    }

    @Test
    void aDamagedSqliteFileIsReportedAndNeverOverwritten() throws Exception {
        StorageTestSupport.databaseAtVersion(dir, Migrations.latestVersion());
        Path file = dir.resolve(Database.FILE_NAME);
        byte[] bytes = Files.readAllBytes(file);
        // Keep the header, scribble over the rest of the first page (the schema).
        Arrays.fill(bytes, 100, Math.min(bytes.length, 4096), (byte) 0x5A);
        Files.write(file, bytes);
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(DataUnavailableException.class,
                e -> assertThat(e.problem().code()).isEqualTo("database-corrupt"));
        assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    }

    @Test
    void anotherApplicationsDatabaseIsRefused() throws Exception {
        StorageTestSupport.execute(dir, "CREATE TABLE recipes (name TEXT)");
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(DataUnavailableException.class,
                e -> assertThat(e.problem().code()).isEqualTo("database-not-ours"));
    }

    @Test
    void aReadOnlyDataDirectoryIsReportedAsSuch() throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // As root, permissions do not stop writes: nothing to test there.
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(dir), "running as root");
            assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(DataUnavailableException.class,
                    e -> assertThat(e.problem().code()).isEqualTo("data-dir-not-writable"));
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("CREATE TABLE scratch (x)");
                    s.executeUpdate("INSERT INTO scratch VALUES (1)");
                }
                throw new IllegalStateException("boom");
            })).hasMessage("boom");
            int tables = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_schema WHERE name = 'scratch'")) {
                    return r.next() ? r.getInt(1) : -1;
                }
            });
            assertThat(tables).isZero();
        }
    }

    private static String one(Statement s, String sql) throws java.sql.SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getString(1) : null;
        }
    }
}
