package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.audit.AuditLog;
import org.contrechamp.core.audit.AuditStore;
import org.contrechamp.core.audit.Decision;
import org.contrechamp.core.audit.DecisionKind;
import org.contrechamp.core.identity.Ed25519;
import org.contrechamp.core.identity.PublicIdentity;
import org.contrechamp.core.trust.TrustService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log on a real SQLite file: appended and read back, and never changed by anyone. */
class AuditLogStorageTest {

    @TempDir
    Path dir;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-02T10:15:00Z"), ZoneOffset.UTC);

    private static PublicIdentity someone(String name) {
        return new PublicIdentity(name, Ed25519.raw(Ed25519.generate().getPublic()));
    }

    private Connection raw() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
    }

    @Test
    void entriesComeBackAsTheyWereAppendedWithWhoWhenWhatAndWhy() {
        PublicIdentity coord = someone("Coordination Est");
        UUID survivor = UUID.randomUUID();
        UUID merged = UUID.randomUUID();
        try (Database db = Database.open(dir)) {
            AuditLog log = new AuditLog(new SqliteAuditStore(db), () -> Optional.of(coord), CLOCK);
            log.merged(survivor, merged, "  same pole, same lens  ");
            log.distinct(merged, survivor, null);
            log.reviewDecided(DecisionKind.REJECT, 7, survivor, "{\"operator\":\"mine\"}", "");

            List<Decision> all = log.list();
            assertThat(all).extracting(Decision::kind)
                    .containsExactly(DecisionKind.MERGE, DecisionKind.DISTINCT, DecisionKind.REJECT);
            assertThat(all).extracting(Decision::id).containsExactly(1L, 2L, 3L);
            Decision first = all.get(0);
            assertThat(first.at()).isEqualTo(CLOCK.instant());
            assertThat(first.actorKey()).isEqualTo(coord.fingerprint().hex());
            assertThat(first.actorName()).isEqualTo("Coordination Est");
            assertThat(first.records()).containsExactly(survivor, merged);
            assertThat(first.comment()).isEqualTo("same pole, same lens");
            assertThat(all.get(2).reviewItem()).isEqualTo(7);
            assertThat(all.get(2).detail()).isEqualTo("{\"operator\":\"mine\"}");
            assertThat(all.get(2).comment()).as("a blank comment is no comment").isNull();
            assertThat(log.about(merged)).hasSize(2);
            assertThat(log.about(UUID.randomUUID())).isEmpty();
        }
    }

    @Test
    void theDatabaseRefusesToChangeDeleteOrReplaceAnEntry() throws Exception {
        try (Database db = Database.open(dir)) {
            new AuditLog(new SqliteAuditStore(db), Optional::empty, CLOCK).merged(UUID.randomUUID(), UUID.randomUUID(),
                    "kept");
        }
        try (Connection c = raw(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET comment = 'rewritten'"))
                    .hasMessageContaining("audit entries cannot be changed");
            assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry"))
                    .hasMessageContaining("audit entries cannot be deleted");
            assertThatThrownBy(() -> s.executeUpdate("INSERT OR REPLACE INTO audit_entry (id, at, actor_name, kind) "
                    + "VALUES (1, '2020-01-01T00:00:00Z', 'someone', 'trust')"))
                    .hasMessageContaining("audit entries cannot be replaced");
            try (ResultSet r = s.executeQuery("SELECT count(*), max(comment) FROM audit_entry")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(1);
                assertThat(r.getString(2)).isEqualTo("kept");
            }
            // A new entry is still welcome.
            s.executeUpdate("INSERT INTO audit_entry (at, actor_name, kind) VALUES ('2026-12-02T11:00:00Z', '', 'trust')");
        }
    }

    @Test
    void aDecisionWhoseEntryCannotBeWrittenIsNotTakenEither() {
        PublicIdentity bob = someone("bob");
        try (Database db = Database.open(dir)) {
            SqliteKeyring keyring = new SqliteKeyring(db);
            AuditStore failing = new AuditStore() {
                @Override
                public long append(Decision decision) {
                    throw new IllegalStateException("the log could not be written");
                }

                @Override
                public List<Decision> all() {
                    return List.of();
                }

                @Override
                public List<Decision> about(UUID sightingId) {
                    return List.of();
                }
            };
            TrustService trust = new TrustService(keyring, CLOCK, new AuditLog(failing, Optional::empty, CLOCK), db);
            assertThatThrownBy(() -> trust.trust(bob)).hasMessageContaining("could not be written");
            assertThat(keyring.all()).as("the key was not trusted without its entry").isEmpty();

            TrustService logged = new TrustService(keyring, CLOCK, new AuditLog(new SqliteAuditStore(db),
                    Optional::empty, CLOCK), db);
            logged.trust(bob);
            logged.revoke(bob.fingerprint().hex(), "lost phone");
            logged.revoke(bob.fingerprint().hex(), "again");
            List<Decision> all = new SqliteAuditStore(db).all();
            assertThat(all).extracting(Decision::kind).as("revoking a revoked key decides nothing")
                    .containsExactly(DecisionKind.TRUST, DecisionKind.REVOKE);
            assertThat(all.get(0).key()).isEqualTo(bob.fingerprint().hex());
            assertThat(all.get(0).detail()).isEqualTo("{\"role\":\"volunteer\",\"name\":\"bob\"}");
            assertThat(all.get(0).actorName()).isEmpty();
            assertThat(all.get(1).comment()).isEqualTo("lost phone");
        }
    }

    @Test
    void aDatabaseOfTheVersionBeforeGetsTheLogAndKeepsItsData() throws Exception {
        StorageTestSupport.databaseAtVersion(dir, 7);
        StorageTestSupport.execute(dir, "INSERT INTO trusted_key (fingerprint, public_key, name, status, added_at) "
                + "VALUES ('" + "a".repeat(64) + "', zeroblob(32), 'alice', 'trusted', '2026-01-01T00:00:00Z')");
        try (Database db = Database.open(dir)) {
            assertThat(new SqliteKeyring(db).all()).hasSize(1);
            assertThat(new SqliteAuditStore(db).all()).isEmpty();
        }
        try (Connection c = raw(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA user_version")) {
            r.next();
            assertThat(r.getInt(1)).as("every migration after 7 ran, V008 the log among them").isEqualTo(Migrations.latestVersion());
        }
    }
}
