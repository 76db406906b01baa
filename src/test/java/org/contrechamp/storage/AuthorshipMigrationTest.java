package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * V005 (authorship) on a version-4 database that imported bundles: each record received from others
 * gets the signer of the bundle that brought its first revision as author (not its last writer),
 * records made here get none, keys become volunteers' and kept conflicts say they diverged.
 */
class AuthorshipMigrationTest {

    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String C = "c".repeat(64);

    @TempDir
    Path dir;

    @Test
    void recordsReceivedBeforeGetTheSignerOfTheirCreationAsAuthor() throws Exception {
        StorageTestSupport.databaseAtVersion(dir, 4);
        StorageTestSupport.execute(dir, String.join(";\n",
                importedBundle("1" .repeat(64), A, 1), importedBundle("2".repeat(64), C, 1),
                importedBundle("3".repeat(64), B, 1),
                history(1, "x", 1, "bundle:" + "1".repeat(64)), history(2, "x", 2, "bundle:" + "2".repeat(64)),
                history(3, "y", 1, "local"), history(4, "y", 2, "bundle:" + "2".repeat(64)),
                history(5, "z", 1, "bundle:" + "3".repeat(64)),
                "INSERT INTO trusted_key (fingerprint, public_key, name, status, added_at) VALUES ('" + A
                        + "', zeroblob(32), 'Alice', 'trusted', '2026-01-01T00:00:00Z')",
                "INSERT INTO bundle_conflict (sighting_id, bundle_id, signer, held_revision, base_revision, "
                        + "incoming_revision, fields, incoming_deleted, incoming_doc, detected_at) VALUES ('x', '"
                        + "3".repeat(64) + "', '" + B + "', 2, 1, 2, '[]', 0, '{}', '2026-01-01T00:00:00Z')"));

        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dir); Database db = Database.open(dir)) {
            assertThat(db.intPragma("user_version")).isEqualTo(Migrations.latestVersion());
        }

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            Map<String, String> authors = new HashMap<>();
            try (ResultSet r = s.executeQuery("SELECT sighting_id, author FROM sighting_author")) {
                while (r.next()) {
                    authors.put(r.getString(1), r.getString(2));
                }
            }
            assertThat(authors).isEqualTo(Map.of("x", A, "z", B));
            try (ResultSet r = s.executeQuery("SELECT role FROM trusted_key")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("volunteer");
            }
            try (ResultSet r = s.executeQuery("SELECT reason FROM bundle_conflict")) {
                assertThat(r.next()).isTrue();
                assertThat(r.getString(1)).isEqualTo("diverged");
            }
        }
    }

    private static String importedBundle(String id, String signer, long seq) {
        return "INSERT INTO imported_bundle (bundle_id, signer, seq, imported_at, records, applied, conflicts, blobs) "
                + "VALUES ('" + id + "', '" + signer + "', " + seq + ", '2026-01-01T00:00:00Z', 1, 1, 0, 0)";
    }

    private static String history(long seq, String id, long revision, String origin) {
        return "INSERT INTO sighting_history (seq, sighting_id, revision, base_revision, kind, at, fields, origin, "
                + "deleted, doc) VALUES (" + seq + ", '" + id + "', " + revision + ", " + (revision - 1) + ", '"
                + (revision == 1 ? "create" : "update") + "', '2026-01-01T00:00:00Z', '[]', '" + origin + "', 0, '{}')";
    }
}
