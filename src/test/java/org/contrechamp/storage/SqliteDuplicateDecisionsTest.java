package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import org.contrechamp.core.duplicate.DuplicateDecision;
import org.contrechamp.core.duplicate.DuplicatePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duplicate decisions table (V009) on a real SQLite file. */
class SqliteDuplicateDecisionsTest {

    @TempDir
    Path dir;

    @Test
    void aDecisionIsKeptAcrossOpeningsInEitherOrderOfThePair() {
        // Ids whose text order and UUID order disagree: the table orders them as text.
        UUID a = UUID.fromString("f0000000-0000-4000-8000-000000000001");
        UUID b = UUID.fromString("10000000-0000-4000-8000-000000000002");
        DuplicatePair pair = DuplicatePair.of(a, b);
        assertThat(pair.first()).isEqualTo(b);
        try (Database db = Database.open(dir)) {
            SqliteDuplicateDecisions store = new SqliteDuplicateDecisions(db);
            assertThat(store.isDecided(pair)).isFalse();
            store.record(new DuplicateDecision(pair, DuplicateDecision.Kind.DISTINCT, null, Instant.parse("2026-12-02T10:00:00Z")));
        }
        try (Database db = Database.open(dir)) {
            SqliteDuplicateDecisions store = new SqliteDuplicateDecisions(db);
            assertThat(store.isDecided(DuplicatePair.of(b, a))).isTrue();
            assertThat(store.snapshot().isDecided(pair)).isTrue();
            store.record(new DuplicateDecision(pair, DuplicateDecision.Kind.MERGED, a, Instant.parse("2026-12-02T11:00:00Z")));
            assertThat(store.all()).singleElement().satisfies(d -> {
                assertThat(d.kind()).isEqualTo(DuplicateDecision.Kind.MERGED);
                assertThat(d.survivor()).isEqualTo(a);
                assertThat(d.loser()).isEqualTo(b);
            });
        }
    }
}
