package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.duplicate.DecidedPairs;
import org.contrechamp.core.duplicate.DecisionTags;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;
import org.contrechamp.core.sighting.SightingService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * V012 (fewer writes per stored record) on a database left by every version since bundles (V004),
 * holding a record made here and one received in a bundle, as those versions wrote them: afterwards the
 * provenance and the author of the received one read as before, both are still found by their words,
 * and the repository, not the dropped triggers, keeps the search index and the decided pairs in step.
 */
class FewerWritesMigrationTest {

    private static final Fingerprint SIGNER = new Fingerprint("a".repeat(64));
    private static final String BUNDLE = "1".repeat(64);
    private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path root;

    @ParameterizedTest(name = "from version {0}")
    @ValueSource(ints = {4, 5, 6, 7, 8, 9, 10, 11})
    void provenanceAuthorsAndSearchReadAsBeforeAndStayInStep(int version) throws Exception {
        Path dir = Files.createDirectories(root.resolve("v" + version));
        StorageTestSupport.databaseAtVersion(dir, version);
        Sighting mine = Sighting.newAt(Position.manual(48.85, 2.35)).revision(1).operator("Mairie de Paris")
                .createdAt(AT).updatedAt(AT).build();
        Sighting theirs = Sighting.newAt(Position.manual(48.86, 2.36)).revision(1).operator("Préfecture de police")
                .note("dôme").createdAt(AT).updatedAt(AT).build();
        StringBuilder sql = new StringBuilder()
                .append(row(1, mine, "local"))
                .append("INSERT INTO imported_bundle (bundle_id, signer, seq, imported_at, records, applied, conflicts, "
                        + "blobs) VALUES ('" + BUNDLE + "', '" + SIGNER.hex() + "', 1, '" + AT + "', 1, 1, 0, 0);\n")
                .append(row(2, theirs, "bundle:" + BUNDLE))
                .append("INSERT INTO sighting_provenance (sighting_id, signer, signer_name, bundle_id, revision) VALUES ('"
                        + theirs.id() + "', '" + SIGNER.hex() + "', 'Alice', '" + BUNDLE + "', 1);\n");
        if (version >= 5) {
            // From V005 on the import wrote the author; before, V005 finds it in the history.
            sql.append("INSERT INTO sighting_author (sighting_id, author) VALUES ('" + theirs.id() + "', '"
                    + SIGNER.hex() + "');\n");
        }
        StorageTestSupport.execute(dir, sql.toString());

        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dir); Database db = Database.open(dir)) {
            assertThat(db.intPragma("user_version")).isEqualTo(Migrations.latestVersion());
            SqliteBundleLedger ledger = new SqliteBundleLedger(db);
            SqliteAuthorshipLedger authors = new SqliteAuthorshipLedger(db);
            BundleLedger.Provenance from = new BundleLedger.Provenance(SIGNER, "Alice", BUNDLE, 1);
            assertThat(ledger.provenance(theirs.id())).contains(from);
            assertThat(ledger.allProvenance()).containsExactlyEntriesOf(Map.of(theirs.id(), from));
            assertThat(authors.authors(List.of(mine.id(), theirs.id()))).containsExactlyEntriesOf(Map.of(theirs.id(), SIGNER));
            assertThat(objectNamed(db, "sighting_history_digest")).isFalse();

            SightingService sightings = new SightingService(new SqliteSightingRepository(db), Clock.systemUTC());
            assertThat(sightings.idsMatchingText("prefecture dome")).containsExactly(theirs.id());
            assertThat(sightings.idsMatchingText("mairie")).containsExactly(mine.id());
            Sighting moved = sightings.update(sightings.find(mine.id()).orElseThrow().toBuilder().operator("Région")
                    .extraTag(DecisionTags.distinctKey(theirs.id()), DecisionTags.YES).build());
            assertThat(sightings.idsMatchingText("mairie")).isEmpty();
            assertThat(sightings.idsMatchingText("region")).containsExactly(moved.id());
            DecidedPairs pairs = new SqliteDecidedPairs(db);
            assertThat(pairs.decision(theirs.id(), mine.id())).contains(DecidedPairs.Decision.DISTINCT);
        }
    }

    @Test
    void aNewRecordsProvenanceAndAuthorAreKeptOnceWhateverTheNumberOfRecordsThatShareThem() {
        try (Database db = Database.open(root)) {
            SqliteBundleLedger ledger = new SqliteBundleLedger(db);
            SqliteAuthorshipLedger authors = new SqliteAuthorshipLedger(db);
            UUID one = UUID.randomUUID();
            UUID two = UUID.randomUUID();
            ledger.setProvenance(Map.of(one, new BundleLedger.Provenance(SIGNER, "Alice", BUNDLE, 1),
                    two, new BundleLedger.Provenance(SIGNER, "Alice", BUNDLE, 3)));
            authors.setAuthors(Map.of(one, SIGNER, two, SIGNER));
            // A second word on who made a record changes nothing: authorship does not move.
            authors.setAuthors(Map.of(one, new Fingerprint("b".repeat(64))));
            assertThat(ledger.provenance(two)).contains(new BundleLedger.Provenance(SIGNER, "Alice", BUNDLE, 3));
            assertThat(authors.allAuthors()).containsExactlyInAnyOrderEntriesOf(Map.of(one, SIGNER, two, SIGNER));
            assertThat(count(db, "provenance_source")).isEqualTo(1);
            assertThat(count(db, "author_key")).isEqualTo(2);
        }
    }

    private static boolean objectNamed(Database db, String name) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM sqlite_schema WHERE name = ?")) {
                p.setString(1, name);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() && r.getInt(1) > 0;
                }
            }
        });
    }

    private static int count(Database db, String table) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM " + table);
                 ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    /** A record's first history row and its head, with the columns every version has. */
    private static String row(long n, Sighting s, String origin) {
        return "INSERT INTO sighting_history (seq, sighting_id, revision, base_revision, kind, at, fields, origin, "
                + "deleted, doc) VALUES (" + n + ", '" + s.id() + "', 1, 0, 'create', '" + AT + "', '[\"*\"]', '" + origin
                + "', 0, '" + SightingJson.toJson(s).replace("'", "''") + "');\n"
                + "INSERT INTO sighting (pk, id, revision, deleted, lat, lon, kind, status, draft, updated_at, head_seq) "
                + "VALUES (" + n + ", '" + s.id() + "', 1, 0, " + s.position().latitude() + ", " + s.position().longitude()
                + ", 'camera', 'active', 0, '" + AT + "', " + n + ");\n"
                + "INSERT INTO sighting_box (pk, min_lon, max_lon, min_lat, max_lat) VALUES (" + n + ", "
                + s.position().longitude() + ", " + s.position().longitude() + ", " + s.position().latitude() + ", "
                + s.position().latitude() + ");\n";
    }
}
