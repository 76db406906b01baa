package org.contrechamp.core.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;

/**
 * An own row says it deleted or restored the record as the bundle record that carries it says it: for
 * its whole chain of local changes (docs/adr/0057).
 */
class OwnDeletionsSaidTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant AT = Instant.parse("2026-06-06T08:00:00Z");

    @Test
    void anEditAfterARestorationInOneSyncSaysItAsItsBundleRecordDoes() {
        List<HistoryEntry> rows = rows(row(ChangeKind.CREATE, "bundle:a"), row(ChangeKind.DELETE, Change.LOCAL),
                row(ChangeKind.RESTORE, Change.LOCAL), row(ChangeKind.UPDATE, Change.LOCAL));
        assertThat(OwnDeletionsSaid.of(rows, revision -> false)).containsExactly(false, true, true, true);
    }

    @Test
    void aChainStartsAgainAfterARowSentAndAfterARowFromElsewhere() {
        List<HistoryEntry> rows = rows(row(ChangeKind.CREATE, "bundle:a"), row(ChangeKind.DELETE, Change.LOCAL),
                row(ChangeKind.RESTORE, Change.LOCAL), row(ChangeKind.UPDATE, Change.LOCAL),
                row(ChangeKind.UPDATE, "bundle:b"), row(ChangeKind.UPDATE, Change.LOCAL));
        // Revision 3 (the restoration) ended a bundle record: the edit after it leaves alone.
        assertThat(OwnDeletionsSaid.of(rows, revision -> revision == 3))
                .containsExactly(false, true, true, false, false, false);
    }

    @Test
    void aMergeOnReceiptOverAnUnsentChangeLeavesWithItAndTheChainGoesOn() {
        List<HistoryEntry> rows = rows(row(ChangeKind.CREATE, "bundle:a"), row(ChangeKind.DELETE, Change.LOCAL),
                row(ChangeKind.DELETE, Change.MERGE_PREFIX + "b"), row(ChangeKind.RESTORE, Change.LOCAL),
                row(ChangeKind.UPDATE, Change.LOCAL));
        assertThat(OwnDeletionsSaid.of(rows, revision -> false)).containsExactly(false, true, false, true, true);
    }

    @Test
    void aChainThatCreatesTheRecordSaysNothing() {
        List<HistoryEntry> rows = rows(row(ChangeKind.CREATE, Change.LOCAL), row(ChangeKind.DELETE, Change.LOCAL),
                row(ChangeKind.RESTORE, Change.LOCAL));
        assertThat(OwnDeletionsSaid.of(rows, revision -> false)).containsExactly(false, false, false);
        // Once the creation was sent, a later deletion says it.
        assertThat(OwnDeletionsSaid.of(rows.subList(0, 2), revision -> revision == 1)).containsExactly(false, true);
    }

    private record Row(ChangeKind kind, String origin) {
    }

    private static Row row(ChangeKind kind, String origin) {
        return new Row(kind, origin);
    }

    private static List<HistoryEntry> rows(Row... rows) {
        List<HistoryEntry> history = new ArrayList<>();
        for (int n = 0; n < rows.length; n++) {
            long revision = n + 1;
            Row r = rows[n];
            boolean deleted = r.kind() == ChangeKind.DELETE;
            Sighting s = Sighting.newAt(Position.manual(48.85, 2.35)).id(ID).revision(revision).createdAt(AT)
                    .updatedAt(AT.plusSeconds(n)).build();
            history.add(new HistoryEntry(revision, new Change(ID, revision, n, r.kind(), AT.plusSeconds(n), Set.of(),
                    r.origin()), s, deleted));
        }
        return history;
    }
}
