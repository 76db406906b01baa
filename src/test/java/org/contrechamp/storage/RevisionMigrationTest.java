package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.bundle.RecordDigest;
import org.contrechamp.core.sighting.CameraType;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.contrechamp.core.sighting.SightingJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * V006 (revisions that merge) on a database left by every earlier version, holding real records
 * written as that version wrote them: a record made here with two revisions and, from version 4 on,
 * one received in a bundle and one made here whose photo was shared. After the migration every
 * revision has its digest (computed from its text, photos named by their shared copies, as others
 * know them), a received revision names its signer as author, the lineage holds every revision, and the
 * next edit is stored with its digest and parent.
 */
class RevisionMigrationTest {

    private static final String SIGNER = "a".repeat(64);
    private static final String BUNDLE = "1".repeat(64);
    private static final Instant AT = Instant.parse("2026-05-01T10:00:00Z");

    @TempDir
    Path root;

    @ParameterizedTest(name = "from version {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void everyRevisionGetsItsDigestAndReceivedOnesTheirAuthor(int version) throws Exception {
        Path dir = Files.createDirectories(root.resolve("v" + version));
        StorageTestSupport.databaseAtVersion(dir, version);
        UUID local = UUID.randomUUID();
        Sighting first = Sighting.newAt(Position.manual(48.85, 2.35)).id(local).revision(1).cameraType(CameraType.DOME)
                .operator("Préfecture de police").createdAt(AT).updatedAt(AT).build();
        Sighting second = first.toBuilder().revision(2).note("deux objectifs").updatedAt(AT.plusSeconds(60)).build();
        StringBuilder sql = new StringBuilder()
                .append(history(1, first, 0, "create", "local")).append(";\n")
                .append(history(2, second, 1, "update", "local")).append(";\n")
                .append(head(1, second, 2)).append(";\n");
        UUID received = UUID.randomUUID();
        Sighting theirs = Sighting.newAt(Position.manual(48.86, 2.36)).id(received).revision(1)
                .cameraType(CameraType.FIXED).createdAt(AT).updatedAt(AT).build();
        String original = "0".repeat(63) + "1";
        String sharedCopy = "0".repeat(63) + "2";
        UUID withPhoto = UUID.randomUUID();
        Sighting photographed = Sighting.newAt(Position.manual(48.87, 2.37)).id(withPhoto).revision(1)
                .photos(List.of(original)).createdAt(AT).updatedAt(AT).build();
        if (version >= 4) {
            // A record made here whose photo was shared: others name it by the shared copy.
            sql.append(history(4, photographed, 0, "create", "local")).append(";\n")
                    .append(head(3, photographed, 4)).append(";\n")
                    .append("INSERT INTO shared_photo (original_sha256, recipe, shared_sha256, size) VALUES ('"
                            + original + "', 'r', '" + sharedCopy + "', 10);\n");
            sql.append("INSERT INTO imported_bundle (bundle_id, signer, seq, imported_at, records, applied, conflicts, "
                    + "blobs) VALUES ('" + BUNDLE + "', '" + SIGNER + "', 1, '2026-05-01T11:00:00Z', 1, 1, 0, 0);\n")
                    .append(history(3, theirs, 0, "create", "bundle:" + BUNDLE)).append(";\n")
                    .append(head(2, theirs, 3)).append(";\n");
        }
        StorageTestSupport.execute(dir, sql.toString());

        try (DataDirectoryLock lock = DataDirectoryLock.acquire(dir); Database db = Database.open(dir)) {
            assertThat(db.intPragma("user_version")).isEqualTo(Migrations.latestVersion());
            SqliteSightingRepository repository = new SqliteSightingRepository(db);

            List<HistoryEntry> history = repository.history(local);
            assertThat(history).extracting(e -> e.change().digest()).containsExactly(
                    RecordDigest.of(first, false), RecordDigest.of(second, false));
            assertThat(history).allSatisfy(e -> {
                assertThat(e.change().parents()).isEmpty();
                assertThat(e.change().author()).isNull();
            });
            assertThat(repository.lineage(local)).containsExactlyInAnyOrder(
                    RecordDigest.of(first, false), RecordDigest.of(second, false));
            if (version >= 4) {
                HistoryEntry own = repository.history(withPhoto).get(0);
                assertThat(own.change().digest()).as("named by the shared copy")
                        .isEqualTo(RecordDigest.of(photographed.toBuilder().photos(List.of(sharedCopy)).build(), false));
                assertThat(own.after().photos()).containsExactly(original);
                HistoryEntry got = repository.history(received).get(0);
                assertThat(got.change().author()).isEqualTo(SIGNER);
                assertThat(got.change().digest()).isEqualTo(RecordDigest.of(theirs, false));
            }

            Sighting third = second.toBuilder().revision(3).height(4.0).updatedAt(AT.plusSeconds(120)).build();
            String parent = RecordDigest.of(second, false);
            repository.store(third, false, new Change(local, 3, 2, ChangeKind.UPDATE, AT.plusSeconds(120),
                    java.util.Set.of(SightingField.HEIGHT), Change.LOCAL, null, List.of(parent), null));
            HistoryEntry stored = repository.latest(local).orElseThrow();
            assertThat(stored.change().digest()).isEqualTo(RecordDigest.of(third, false));
            assertThat(stored.change().parents()).containsExactly(parent);
            assertThat(stored.after().note()).isEqualTo("deux objectifs");
        }
    }

    private static String history(long seq, Sighting s, long base, String kind, String origin) {
        return "INSERT INTO sighting_history (seq, sighting_id, revision, base_revision, kind, at, fields, origin, "
                + "deleted, doc) VALUES (" + seq + ", '" + s.id() + "', " + s.revision() + ", " + base + ", '" + kind
                + "', '" + s.updatedAt() + "', '[\"*\"]', '" + origin + "', 0, '" + SightingJson.toJson(s).replace("'", "''")
                + "')";
    }

    private static String head(long pk, Sighting s, long seq) {
        return "INSERT INTO sighting (pk, id, revision, deleted, lat, lon, kind, status, draft, updated_at, head_seq) "
                + "VALUES (" + pk + ", '" + s.id() + "', " + s.revision() + ", 0, " + s.position().latitude() + ", "
                + s.position().longitude() + ", 'camera', 'active', 0, '" + s.updatedAt() + "', " + seq + ");\n"
                + "INSERT INTO sighting_box (pk, min_lon, max_lon, min_lat, max_lat) VALUES (" + pk + ", "
                + s.position().longitude() + ", " + s.position().longitude() + ", " + s.position().latitude() + ", "
                + s.position().latitude() + ")";
    }
}
