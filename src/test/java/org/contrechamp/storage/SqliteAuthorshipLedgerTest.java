package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.contrechamp.core.identity.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAuthorshipLedgerTest {

    @TempDir
    Path dir;

    @Test
    void allAuthorsGivesInOneReadWhatAuthorsGivesForTheIdsAsked() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        Fingerprint alice = new Fingerprint("a".repeat(64));
        Fingerprint bob = new Fingerprint("b".repeat(64));
        try (Database db = Database.open(dir)) {
            SqliteAuthorshipLedger ledger = new SqliteAuthorshipLedger(db);
            assertThat(ledger.allAuthors()).isEmpty();
            ledger.setAuthors(Map.of(a, alice, b, bob));
            assertThat(ledger.allAuthors()).containsExactlyInAnyOrderEntriesOf(Map.of(a, alice, b, bob));
            assertThat(ledger.authors(List.of(b))).containsExactlyEntriesOf(Map.of(b, bob));
        }
    }
}
