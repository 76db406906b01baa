package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.contrechamp.core.audit.AuditStore;
import org.contrechamp.core.audit.Decision;
import org.contrechamp.core.audit.DecisionKind;

/**
 * The audit log in SQLite (table {@code audit_entry}, V008). Only INSERT and SELECT: the table's
 * triggers refuse anything else, and this class has no method that would try.
 */
public final class SqliteAuditStore implements AuditStore {

    private static final String SELECT = "SELECT id, at, actor, actor_name, kind, records, subject_key, review_item, "
            + "detail, comment FROM audit_entry ";

    private final Database db;

    public SqliteAuditStore(Database db) {
        this.db = db;
    }

    @Override
    public long append(Decision d) {
        return db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO audit_entry (at, actor, actor_name, kind, records, "
                    + "subject_key, review_item, detail, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")) {
                p.setString(1, d.at().toString());
                p.setString(2, d.actorKey());
                p.setString(3, d.actorName());
                p.setString(4, d.kind().code());
                p.setString(5, recordsJson(d.records()));
                p.setString(6, d.key());
                p.setLong(7, d.reviewItem());
                setText(p, 8, d.detail());
                setText(p, 9, d.comment());
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    @Override
    public List<Decision> all() {
        return query(SELECT + "ORDER BY id", null);
    }

    @Override
    public List<Decision> about(UUID sightingId) {
        return query(SELECT + "WHERE EXISTS (SELECT 1 FROM json_each(audit_entry.records) WHERE value = ?) ORDER BY id",
                sightingId.toString());
    }

    private List<Decision> query(String sql, String argument) {
        return db.read(c -> {
            List<Decision> all = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                if (argument != null) {
                    p.setString(1, argument);
                }
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        all.add(read(r));
                    }
                }
            }
            return all;
        });
    }

    private static Decision read(ResultSet r) throws SQLException {
        return new Decision(r.getLong(1), Instant.parse(r.getString(2)), r.getString(3), r.getString(4),
                DecisionKind.fromCode(r.getString(5)), records(r.getString(6)), r.getString(7), r.getLong(8),
                r.getString(9), r.getString(10));
    }

    /** UUIDs only, so the JSON is written by hand: no quoting is ever needed. */
    static String recordsJson(List<UUID> ids) {
        StringBuilder json = new StringBuilder("[");
        for (UUID id : ids) {
            if (json.length() > 1) {
                json.append(',');
            }
            json.append('"').append(id).append('"');
        }
        return json.append(']').toString();
    }

    static List<UUID> records(String json) {
        String inner = json.trim();
        inner = inner.substring(1, inner.length() - 1).trim();
        List<UUID> ids = new ArrayList<>();
        if (!inner.isEmpty()) {
            for (String part : inner.split(",")) {
                ids.add(UUID.fromString(part.trim().replace("\"", "")));
            }
        }
        return ids;
    }

    private static void setText(PreparedStatement p, int index, String value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.VARCHAR);
        } else {
            p.setString(index, value);
        }
    }
}
