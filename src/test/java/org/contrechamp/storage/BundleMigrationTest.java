package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V004 (bundles) applies to an empty database and to a database of the version before it. */
class BundleMigrationTest {

    private static final List<String> TABLES = List.of("trusted_key", "exported_bundle", "exported_record",
            "imported_bundle", "pending_bundle", "bundle_alert", "sighting_provenance", "bundle_conflict",
            "photo_redaction", "shared_photo");

    @TempDir
    Path dir;

    @Test
    void anEmptyDatabaseGetsEveryBundleTable() throws Exception {
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dir); Database db = Database.open(dir)) {
            assertThat(db.intPragma("user_version")).isEqualTo(Migrations.latestVersion());
        }
        assertThat(tables()).containsAll(TABLES);
    }

    @Test
    void aVersionOneDatabaseKeepsItsSightingsAndIsBackedUpFirst() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            s.executeUpdate(Migrations.script(1));
            s.executeUpdate("PRAGMA user_version = 1");
            s.executeUpdate("PRAGMA foreign_keys = OFF");
            s.executeUpdate("INSERT INTO sighting_history (seq, sighting_id, revision, base_revision, kind, at, fields, "
                    + "origin, deleted, doc) VALUES (1, 'x', 1, 0, 'create', '2026-01-01T00:00:00Z', '[]', 'local', 0, '{}')");
            s.executeUpdate("INSERT INTO sighting (id, revision, lat, lon, status, updated_at, head_seq) "
                    + "VALUES ('x', 1, 1, 2, 'active', '2026-01-01T00:00:00Z', 1)");
        }
        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dir); Database db = Database.open(dir)) {
            assertThat(db.intPragma("user_version")).isEqualTo(Migrations.latestVersion());
        }
        assertThat(tables()).containsAll(TABLES);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM sighting")) {
            r.next();
            assertThat(r.getInt(1)).isEqualTo(1);
        }
        try (var backups = Files.list(dir.resolve(Migrator.BACKUP_FOLDER))) {
            assertThat(backups.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("contrechamp-v1-"));
        }
    }

    @Test
    void migrationNumbersIncreaseAndEachNamesItsScript() {
        List<Integer> versions = Migrations.versions();
        assertThat(versions).isSorted().doesNotHaveDuplicates().contains(1, 4);
        for (int v : versions) {
            assertThat(Migrations.script(v)).isNotBlank();
        }
    }

    private List<String> tables() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')")) {
            java.util.ArrayList<String> names = new java.util.ArrayList<>();
            while (r.next()) {
                names.add(r.getString(1));
            }
            return names;
        }
    }
}
