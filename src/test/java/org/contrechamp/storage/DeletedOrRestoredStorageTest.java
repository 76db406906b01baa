package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.bundle.AuthorshipLedger;
import org.contrechamp.core.bundle.BundleRecord;
import org.contrechamp.core.bundle.KeptRevisions;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A version that says it deleted or restored the record (docs/adr/0057) says it still once stored: a
 * kept version and an edit waiting for its record's creation read back as they were kept, and lists
 * stored before (without the name) read as "not said".
 */
class DeletedOrRestoredStorageTest {

    private static final Fingerprint SIGNER = new Fingerprint("ab".repeat(32));
    private static final Instant AT = Instant.parse("2026-06-06T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aKeptVersionKeepsWhetherItDeletedOrRestored() throws Exception {
        UUID id = UUID.randomUUID();
        try (Database db = Database.open(dir)) {
            SqliteKeptRevisions kept = new SqliteKeptRevisions(db);
            kept.keep(id, new KeptRevisions.Kept("a1".repeat(32), values(id, 3), true, Set.of("c1".repeat(32)), SIGNER,
                    true, Set.of(), true));
            kept.keep(id, new KeptRevisions.Kept("b2".repeat(32), values(id, 4), false, Set.of("a1".repeat(32)), SIGNER,
                    true, EnumSet.of(SightingField.OPERATOR, SightingField.NOTE), true));
            kept.keep(id, new KeptRevisions.Kept("d3".repeat(32), values(id, 5), false, Set.of("b2".repeat(32)), SIGNER,
                    true, EnumSet.allOf(SightingField.class), false));

            List<KeptRevisions.Kept> read = kept.about(id);
            assertThat(read).extracting(KeptRevisions.Kept::deletedOrRestored).containsExactly(true, true, false);
            assertThat(read.get(0).changed()).isEmpty();
            assertThat(read.get(1).changed()).containsExactlyInAnyOrder(SightingField.OPERATOR, SightingField.NOTE);
            assertThat(read.get(2).changed()).hasSize(SightingField.values().length);
        }
    }

    @Test
    void listsWrittenBeforeReadAsNotSaid() {
        assertThat(HistoryRows.namesDeletedOrRestored("[\"operator\",\"note\"]")).isFalse();
        assertThat(HistoryRows.namesDeletedOrRestored("[]")).isFalse();
        assertThat(HistoryRows.parseFields("[\"operator\",\"deleted\"]")).containsExactly(SightingField.OPERATOR);
        assertThat(HistoryRows.fieldsJson(EnumSet.allOf(SightingField.class), true)).endsWith(",\"deleted\"]");
        assertThat(HistoryRows.parseFields(HistoryRows.fieldsJson(EnumSet.allOf(SightingField.class), true)))
                .hasSize(SightingField.values().length);
    }

    @Test
    void anEditWaitingForItsCreationKeepsWhetherItDeletedOrRestored() throws Exception {
        UUID id = UUID.randomUUID();
        String base = "c1".repeat(32);
        BundleRecord deletion = new BundleRecord(id, 4, 2, base, ChangeKind.DELETE, Set.of(), true, values(id, 4), null,
                List.of(base), List.of(base), SIGNER.hex(), 2).withDeletedOrRestored(true);
        try (Database db = Database.open(dir)) {
            SqliteAuthorshipLedger ledger = new SqliteAuthorshipLedger(db);
            ledger.addWaiting(new AuthorshipLedger.Waiting(deletion, SIGNER, "Sud", "e4".repeat(32), AT, true));
            BundleRecord read = ledger.allWaiting().get(0).record();
            assertThat(read.deletedOrRestored()).isTrue();
            assertThat(read.format()).isEqualTo(4);
            assertThat(read.digest()).isEqualTo(deletion.digest());
        }
    }

    private static Sighting values(UUID id, long revision) {
        return Sighting.newAt(Position.manual(48.85, 2.35)).id(id).revision(revision).createdAt(AT)
                .updatedAt(AT.plusSeconds(revision)).build();
    }
}
