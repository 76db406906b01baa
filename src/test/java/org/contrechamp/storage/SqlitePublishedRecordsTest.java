package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.contrechamp.core.bundle.BundleRecord;
import org.contrechamp.core.identity.Ed25519;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a key last published of each record (V013), on real SQLite: kept per signer and per
 * repository, the newer publication of a record replacing the older, and nothing kept when the
 * transaction that signs the bundle fails.
 */
class SqlitePublishedRecordsTest {

    @TempDir
    Path dir;

    Database db;
    SqlitePublishedRecords published;
    final Fingerprint coord = Fingerprint.of(Ed25519.raw(Ed25519.generate().getPublic()));
    final Fingerprint other = Fingerprint.of(Ed25519.raw(Ed25519.generate().getPublic()));

    @BeforeEach
    void open() {
        db = Database.open(dir);
        published = new SqlitePublishedRecords(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static BundleRecord record(Sighting s) {
        return new BundleRecord(s.id(), s.revision(), 0, null, ChangeKind.CREATE, Set.of(), false, s);
    }

    @Test
    void eachSignerAndRepositoryHasItsOwnMemoryAndTheNewestPublicationOfARecordWins() {
        Sighting a = Sighting.newAt(Position.manual(48.85, 2.35)).build();
        Sighting b = Sighting.newAt(Position.manual(48.86, 2.36)).build();
        published.remember(coord, "campaign-1", 1, List.of(record(a), record(b)));
        Sighting edited = a.toBuilder().revision(2).note("two lenses").build();
        published.remember(coord, "campaign-1", 3, List.of(record(edited)));

        assertThat(published.digests(coord, "campaign-1")).hasSize(2)
                .containsEntry(a.id(), record(edited).digest()).containsEntry(b.id(), record(b).digest());
        assertThat(published.digests(coord, "campaign-2")).isEmpty();
        assertThat(published.digests(other, "campaign-1")).isEmpty();
    }

    @Test
    void whatATransactionThatFailedRememberedIsForgotten() {
        Sighting a = Sighting.newAt(Position.manual(48.85, 2.35)).build();
        assertThatThrownBy(() -> db.inTransaction(() -> {
            published.remember(coord, "campaign-1", 1, List.of(record(a)));
            throw new IllegalStateException("the bundle could not be recorded");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(published.digests(coord, "campaign-1")).isEmpty();
    }
}
