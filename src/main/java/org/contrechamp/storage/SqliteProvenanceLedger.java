package org.contrechamp.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.contrechamp.core.duplicate.MergedInto;
import org.contrechamp.core.provenance.ProvenanceLedger;

/**
 * Provenance's questions in SQL, over the history, the authors, the bundle ledger and the audit log:
 * one query per count for the whole data directory rather than one per record.
 */
public final class SqliteProvenanceLedger implements ProvenanceLedger {

    /** The survivor a tombstone names, read from its last stored document. */
    private static final String MERGED_INTO = "json_extract(h.doc, '$.extraTags.\"" + MergedInto.KEY + "\"')";

    /** Tombstones that name a survivor: (loser, survivor). */
    private static final String MERGES = "SELECT s.id AS loser, " + MERGED_INTO + " AS survivor FROM sighting s "
            + "JOIN sighting_history h ON h.seq = s.head_seq WHERE s.deleted = 1 AND " + MERGED_INTO + " IS NOT NULL";

    private final Database db;

    public SqliteProvenanceLedger(Database db) {
        this.db = db;
    }

    @Override
    public List<UUID> mergedInto(UUID survivor) {
        return db.read(c -> {
            List<UUID> losers = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT loser FROM (" + MERGES + ") WHERE survivor = ? "
                    + "ORDER BY loser")) {
                p.setString(1, survivor.toString());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        losers.add(UUID.fromString(r.getString(1)));
                    }
                }
            }
            return losers;
        });
    }

    @Override
    public Map<String, Integer> bundlesBySigner() {
        return db.read(c -> {
            Map<String, Integer> counts = counts(c, "SELECT signer, count(*) FROM imported_bundle GROUP BY signer");
            counts.merge(SELF, single(c, "SELECT count(*) FROM exported_bundle"), Integer::sum);
            return counts;
        });
    }

    @Override
    public Map<String, Integer> recordsByAuthor() {
        return db.read(c -> counts(c, "SELECT coalesce(a.author, ''), count(*) FROM sighting s "
                + "LEFT JOIN sighting_author a ON a.sighting_id = s.id GROUP BY 1"));
    }

    @Override
    public Map<String, Integer> confirmationsByAuthor() {
        return db.read(c -> {
            // Revisions that move the check date of someone else's record; a decision made here on a
            // proposal (two parents) is the proposer's confirmation, counted below, not the decider's.
            Map<String, Integer> counts = counts(c, "SELECT who, count(*) FROM ("
                    + "SELECT CASE WHEN h.author IS NOT NULL THEN h.author WHEN h.origin = 'local' THEN '' "
                    + "ELSE b.signer END AS who, coalesce(a.author, '') AS creator FROM sighting_history h "
                    + "LEFT JOIN sighting_author a ON a.sighting_id = h.sighting_id "
                    + "LEFT JOIN imported_bundle b ON h.origin = 'bundle:' || b.bundle_id "
                    + "WHERE h.kind IN ('update', 'restore') AND h.origin NOT LIKE 'merge:%' "
                    + "AND (h.parents IS NULL OR json_array_length(h.parents) < 2) "
                    + "AND EXISTS (SELECT 1 FROM json_each(h.fields) WHERE value = 'checkDate')) "
                    + "WHERE who IS NOT NULL AND who <> creator GROUP BY who");
            // Proposals that move the check date on from the revision held when they came, unless
            // declined whole here.
            counts(c, "SELECT k.signer, count(*) FROM bundle_conflict k "
                    + "JOIN sighting_history h ON h.sighting_id = k.sighting_id AND h.revision = k.held_revision "
                    + "WHERE k.reason = 'not-author' AND json_extract(k.incoming_doc, '$.checkDate') IS NOT NULL "
                    + "AND (json_extract(h.doc, '$.checkDate') IS NULL "
                    + "OR json_extract(k.incoming_doc, '$.checkDate') > json_extract(h.doc, '$.checkDate')) "
                    + "AND NOT EXISTS (SELECT 1 FROM audit_entry e WHERE e.kind = 'reject' AND e.review_item = k.id) "
                    + "GROUP BY k.signer").forEach((who, n) -> counts.merge(who, n, Integer::sum));
            return counts;
        });
    }

    @Override
    public Set<UUID> mergedRecords() {
        return db.read(c -> {
            Set<UUID> ids = new HashSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT x.id FROM (SELECT loser AS id FROM (" + MERGES
                    + ") UNION SELECT survivor FROM (" + MERGES + ")) x JOIN sighting held ON held.id = x.id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(UUID.fromString(r.getString(1)));
                }
            }
            return ids;
        });
    }

    private static Map<String, Integer> counts(Connection c, String sql) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            while (r.next()) {
                counts.merge(r.getString(1), r.getInt(2), Integer::sum);
            }
        }
        return counts;
    }

    private static int single(Connection c, String sql) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
            return r.next() ? r.getInt(1) : 0;
        }
    }
}
