package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.duplicate.DecisionTags;
import org.contrechamp.core.sighting.Sighting;

/**
 * Rows of the index of decided pairs ({@code decided_pair}, V011, read by {@link SqliteDecidedPairs}),
 * written by the repository from the values of each head it stores (V012), in the same transaction: the
 * records a head is decided distinct from, and the survivor a tombstone was merged into, as
 * {@link DecisionTags} reads them. Until V012 triggers on the sighting table did it; on a table written
 * a thousand rows a bundle, they cost a quarter of storing each new record even when, as for nearly
 * every record, there was nothing to index (docs/adr/0056).
 */
final class DecidedPairRows {

    private static final String INSERT = "INSERT OR IGNORE INTO decided_pair (sighting_id, other_id, decision) "
            + "VALUES (?, ?, ?)";
    private static final String DELETE = "DELETE FROM decided_pair WHERE sighting_id = ?";

    private DecidedPairRows() {
    }

    /** Indexes the decisions of a new record's first head. */
    static void insert(Database db, Sighting s, boolean deleted) throws SQLException {
        for (UUID other : DecisionTags.distinctFrom(s)) {
            insert(db, s.id(), other.toString(), "distinct");
        }
        Optional<String> survivor = DecisionTags.mergedInto(s, deleted);
        if (survivor.isPresent()) {
            // The text as the tag has it, less the spaces around it: whether it names a record is the reader's to say.
            insert(db, s.id(), survivor.get().replaceAll("^ +| +$", ""), "merged");
        }
    }

    /** Indexes the decisions of a record's new head in place of its last head's. */
    static void replace(Database db, Sighting s, boolean deleted) throws SQLException {
        PreparedStatement delete = db.prepared(DELETE);
        delete.setString(1, s.id().toString());
        delete.executeUpdate();
        insert(db, s, deleted);
    }

    private static void insert(Database db, UUID id, String other, String decision) throws SQLException {
        PreparedStatement p = db.prepared(INSERT);
        p.setString(1, id.toString());
        p.setString(2, other);
        p.setString(3, decision);
        p.executeUpdate();
    }
}
