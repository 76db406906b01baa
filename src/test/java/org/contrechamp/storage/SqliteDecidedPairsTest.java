package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.UUID;

import org.contrechamp.core.duplicate.DecidedPairs;
import org.contrechamp.core.duplicate.DecisionTags;
import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index of decided pairs (V011) follows the records' current revisions through every way they
 * are stored, on real SQLite: a tag added, a tombstone, a restoration, a tag removed; a damaged row
 * stops nothing.
 */
class SqliteDecidedPairsTest {

    @TempDir
    Path dir;

    Database db;
    SightingService sightings;
    DecidedPairs pairs;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        sightings = new SightingService(new SqliteSightingRepository(db), Clock.systemUTC());
        pairs = new SqliteDecidedPairs(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private Sighting add() {
        return sightings.create(Sighting.newAt(Position.manual(48.85, 2.35)).build());
    }

    @Test
    void aDistinctTagIsADecisionInEitherOrderUntilItIsRemoved() {
        Sighting a = add();
        Sighting b = add();
        assertThat(pairs.isDecided(a.id(), b.id())).isFalse();
        Sighting tagged = sightings.update(a.toBuilder().extraTag(DecisionTags.distinctKey(b.id()), "yes").build());
        assertThat(pairs.decision(b.id(), a.id())).contains(DecidedPairs.Decision.DISTINCT);
        assertThat(pairs.decidedWith(b.id())).containsExactly(a.id());
        sightings.update(tagged.toBuilder().withoutExtraTag(DecisionTags.distinctKey(b.id())).build());
        assertThat(pairs.isDecided(a.id(), b.id())).isFalse();
    }

    @Test
    void aMergedIntoTagCountsOnlyWhileTheRecordIsATombstone() {
        Sighting survivor = add();
        Sighting loser = add();
        sightings.update(loser.toBuilder().extraTag(MergedInto.KEY, survivor.id().toString()).build());
        assertThat(pairs.isDecided(loser.id(), survivor.id())).isFalse();
        sightings.delete(loser.id());
        assertThat(pairs.decision(survivor.id(), loser.id())).contains(DecidedPairs.Decision.MERGED);
        sightings.restore(loser.id());
        assertThat(pairs.isDecided(loser.id(), survivor.id())).isFalse();
    }

    @Test
    void theMigrationIndexesTheDecisionsADatabaseOfVersion10AlreadyHolds() throws Exception {
        db.close();
        dir = java.nio.file.Files.createDirectories(dir.resolve("v10"));
        StorageTestSupport.databaseAtVersion(dir, 10);
        UUID b = UUID.randomUUID();
        Sighting a = stored(UUID.randomUUID()).extraTag(DecisionTags.distinctKey(b), "yes").build();
        Sighting loser = stored(UUID.randomUUID()).extraTag(MergedInto.KEY, b.toString()).build();
        // As version 10 (the one before V011) stored them: no index of decisions.
        StorageTestSupport.execute(dir, row(1, a, false) + row(2, stored(b).build(), false) + row(3, loser, true));
        open();
        assertThat(pairs.decision(a.id(), b)).contains(DecidedPairs.Decision.DISTINCT);
        assertThat(pairs.decision(b, loser.id())).contains(DecidedPairs.Decision.MERGED);
    }

    private static Sighting.Builder stored(UUID id) {
        java.time.Instant at = java.time.Instant.parse("2026-05-01T10:00:00Z");
        return Sighting.newAt(Position.manual(48.85, 2.35)).id(id).revision(1).createdAt(at).updatedAt(at);
    }

    /** The history row and the head of a record made here, as the migrations' tables hold them. */
    private static String row(long n, Sighting s, boolean deleted) {
        int d = deleted ? 1 : 0;
        return "INSERT INTO sighting_history (seq, sighting_id, revision, base_revision, kind, at, fields, origin, "
                + "deleted, doc) VALUES (" + n + ", '" + s.id() + "', 1, 0, 'create', '" + s.updatedAt() + "', '[\"*\"]', "
                + "'local', " + d + ", '" + org.contrechamp.core.sighting.SightingJson.toJson(s).replace("'", "''") + "');\n"
                + "INSERT INTO sighting (pk, id, revision, deleted, lat, lon, status, updated_at, head_seq) VALUES (" + n
                + ", '" + s.id() + "', 1, " + d + ", 48.85, 2.35, 'active', '" + s.updatedAt() + "', " + n + ");\n";
    }

    @Test
    void aDamagedRowStopsNothingAndAnIdThatIsNoIdIsIgnored() throws Exception {
        Sighting a = add();
        Sighting b = sightings.update(add().toBuilder().extraTag("contrechamp:distinct_from:not-an-id", "yes").build());
        assertThat(pairs.decidedWith(b.id())).isEmpty();
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE sighting_history SET doc = 'contrechamp: {' "
                    + "WHERE sighting_id = ?")) {
                p.setString(1, a.id().toString());
                p.executeUpdate();
            }
            // A head whose row is damaged, written again: the index reads nothing of it, and the write
            // succeeds (the column the search index leaves alone, so that only V011's trigger runs).
            try (PreparedStatement p = c.prepareStatement("UPDATE sighting SET deleted = deleted WHERE id = ?")) {
                p.setString(1, a.id().toString());
                p.executeUpdate();
            }
            return null;
        });
        assertThat(pairs.decidedWith(a.id())).isEmpty();
        assertThat(pairs.isDecided(a.id(), UUID.randomUUID())).isFalse();
    }
}
