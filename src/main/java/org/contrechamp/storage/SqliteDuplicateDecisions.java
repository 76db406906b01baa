package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.duplicate.DuplicateDecision;
import org.contrechamp.core.duplicate.DuplicateDecisionStore;
import org.contrechamp.core.duplicate.DuplicatePair;

/** The duplicate decisions in SQLite (table {@code duplicate_decision}, V009). */
public final class SqliteDuplicateDecisions implements DuplicateDecisionStore {

    private static final String SELECT = "SELECT first_id, second_id, decision, survivor_id, decided_at FROM duplicate_decision ";

    private final Database db;

    public SqliteDuplicateDecisions(Database db) {
        this.db = db;
    }

    @Override
    public void record(DuplicateDecision d) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO duplicate_decision (first_id, second_id, decision, "
                    + "survivor_id, decided_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (first_id, second_id) DO UPDATE SET "
                    + "decision = excluded.decision, survivor_id = excluded.survivor_id, decided_at = excluded.decided_at")) {
                p.setString(1, d.pair().first().toString());
                p.setString(2, d.pair().second().toString());
                p.setString(3, d.kind().code());
                p.setString(4, d.survivor() == null ? null : d.survivor().toString());
                p.setString(5, d.decidedAt().toString());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<DuplicateDecision> find(DuplicatePair pair) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(SELECT + "WHERE first_id = ? AND second_id = ?")) {
                p.setString(1, pair.first().toString());
                p.setString(2, pair.second().toString());
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(read(r)) : Optional.<DuplicateDecision>empty();
                }
            }
        });
    }

    @Override
    public List<DuplicateDecision> all() {
        return db.read(c -> {
            List<DuplicateDecision> all = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(SELECT + "ORDER BY decided_at, first_id, second_id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    all.add(read(r));
                }
            }
            return all;
        });
    }

    private static DuplicateDecision read(ResultSet r) throws SQLException {
        String survivor = r.getString(4);
        return new DuplicateDecision(new DuplicatePair(UUID.fromString(r.getString(1)), UUID.fromString(r.getString(2))),
                DuplicateDecision.Kind.fromCode(r.getString(3)), survivor == null ? null : UUID.fromString(survivor),
                Instant.parse(r.getString(5)));
    }
}
