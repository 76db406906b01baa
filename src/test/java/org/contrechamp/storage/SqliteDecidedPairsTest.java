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
        Sighting a = add();
        Sighting b = add();
        sightings.update(a.toBuilder().extraTag(DecisionTags.distinctKey(b.id()), "yes").build());
        Sighting loser = add();
        sightings.update(loser.toBuilder().extraTag(MergedInto.KEY, b.id().toString()).build());
        sightings.delete(loser.id());
        db.close();
        // The same data as version 10 (the one before V011) held it: no index, no triggers (nor V012's tables).
        StorageTestSupport.execute(dir, "DROP TABLE kept_revision; DROP TABLE revision_comment; "
                + "DROP TRIGGER decided_pair_insert; DROP TRIGGER decided_pair_update; "
                + "DROP TRIGGER decided_pair_delete; DROP TABLE decided_pair; PRAGMA user_version = 10");
        open();
        assertThat(pairs.decision(a.id(), b.id())).contains(DecidedPairs.Decision.DISTINCT);
        assertThat(pairs.decision(b.id(), loser.id())).contains(DecidedPairs.Decision.MERGED);
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
