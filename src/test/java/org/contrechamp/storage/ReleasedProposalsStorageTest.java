package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.bundle.RecordDigest;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.Position;
import org.contrechamp.core.sighting.Sighting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A proposal the record took and gave back (docs/adr/0058) leaves its lineage though a row holds it,
 * and comes back in when a revision includes it again.
 */
class ReleasedProposalsStorageTest {

    private static final Instant AT = Instant.parse("2026-06-06T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aReleasedDigestLeavesTheLineageUntilItIsAnAncestorAgain() throws Exception {
        UUID id = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        try (Database db = Database.open(dir)) {
            SqliteSightingRepository repository = new SqliteSightingRepository(db);
            String created = store(repository, id, 1, ChangeKind.CREATE, "local");
            String proposal = store(repository, id, 2, ChangeKind.UPDATE, "merge:b1");
            String settled = store(repository, id, 3, ChangeKind.UPDATE, "merge:b2");
            String otherCreated = store(repository, other, 1, ChangeKind.CREATE, "local");
            String earlierOwn = "e1".repeat(32);
            repository.addAncestors(id, List.of(earlierOwn));
            assertThat(repository.lineage(id)).containsExactlyInAnyOrder(created, proposal, settled, earlierOwn);

            repository.release(id, List.of(proposal, earlierOwn));
            assertThat(repository.lineage(id)).containsExactlyInAnyOrder(created, settled);
            assertThat(repository.released(id)).containsExactlyInAnyOrder(proposal, earlierOwn);
            assertThat(repository.lineage(List.of(id, other))).containsEntry(other, Set.of(otherCreated));
            assertThat(repository.released(other)).isEmpty();

            repository.addAncestors(id, List.of(proposal)); // a decision taking it
            assertThat(repository.lineage(id)).containsExactlyInAnyOrder(created, proposal, settled);
            assertThat(repository.released(id)).containsExactly(earlierOwn);
        }
        try (Database db = Database.open(dir)) {
            assertThat(new SqliteSightingRepository(db).released(id)).as("kept on disk").hasSize(1);
        }
    }

    private static String store(SqliteSightingRepository repository, UUID id, long revision, ChangeKind kind,
                                String origin) {
        Sighting values = Sighting.newAt(Position.manual(48.85, 2.35)).id(id).revision(revision).createdAt(AT)
                .updatedAt(AT.plusSeconds(revision)).build();
        String digest = RecordDigest.of(values, false);
        repository.store(values, false, new Change(id, revision, revision - 1, kind, AT.plusSeconds(revision), Set.of(),
                origin, digest, List.of(), null));
        return digest;
    }
}
