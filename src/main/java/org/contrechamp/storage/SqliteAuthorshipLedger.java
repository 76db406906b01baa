package org.contrechamp.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.contrechamp.core.bundle.AuthorshipLedger;
import org.contrechamp.core.bundle.BundleRecord;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.ChangeKind;
import org.contrechamp.core.sighting.SightingJson;

/**
 * Authors and waiting edits in SQLite (tables {@code sighting_author} and {@code waiting_record}, V005;
 * since V012 the authors are written to {@code record_author} and read through the view of that name).
 */
public final class SqliteAuthorshipLedger implements AuthorshipLedger {

    /** Ids looked up per statement: well under SQLite's limit on bound parameters. */
    private static final int CHUNK = 500;
    private static final String WAITING = "SELECT sighting_id, bundle_id, signer, signer_name, revision, base_revision, "
            + "base_digest, change, fields, deleted, doc, received_at, coordinator, digest, parents, ancestors, author, "
            + "format FROM waiting_record ";

    private final Database db;

    public SqliteAuthorshipLedger(Database db) {
        this.db = db;
    }

    @Override
    public Map<UUID, Fingerprint> authors(Collection<UUID> ids) {
        return db.read(c -> {
            Map<UUID, Fingerprint> found = new HashMap<>();
            forChunks("SELECT sighting_id, author FROM sighting_author WHERE sighting_id IN ", ids, r ->
                    found.put(UUID.fromString(r.getString(1)), new Fingerprint(r.getString(2))));
            return found;
        });
    }

    @Override
    public Map<UUID, Fingerprint> allAuthors() {
        return db.read(c -> {
            Map<UUID, Fingerprint> found = new HashMap<>();
            try (java.sql.Statement s = c.createStatement();
                 java.sql.ResultSet r = s.executeQuery("SELECT sighting_id, author FROM sighting_author")) {
                while (r.next()) {
                    found.put(UUID.fromString(r.getString(1)), new Fingerprint(r.getString(2)));
                }
            }
            return found;
        });
    }

    /** The keys that made records (V012): each record's row names one by its number. */
    private static final ValueKeys AUTHORS = new ValueKeys("author_key", List.of("fingerprint"));

    @Override
    public void setAuthors(Map<UUID, Fingerprint> authors) {
        if (authors.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            Map<Fingerprint, Long> keys = new HashMap<>();
            PreparedStatement p = db.prepared("INSERT OR IGNORE INTO record_author (sighting_id, author) VALUES (?, ?)");
            for (var e : authors.entrySet()) {
                Long key = keys.get(e.getValue());
                if (key == null) {
                    key = AUTHORS.idOf(db, e.getValue().hex());
                    keys.put(e.getValue(), key);
                }
                p.setString(1, e.getKey().toString());
                p.setLong(2, key);
                p.addBatch();
            }
            p.executeBatch();
            return null;
        });
    }

    @Override
    public void addWaiting(Waiting w) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO waiting_record (sighting_id, bundle_id, "
                    + "signer, signer_name, revision, base_revision, base_digest, change, fields, deleted, doc, received_at, "
                    + "coordinator, digest, parents, ancestors, author, format) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                BundleRecord r = w.record();
                p.setString(1, r.id().toString());
                p.setString(2, w.bundleId());
                p.setString(3, w.signer().hex());
                p.setString(4, w.signerName());
                p.setLong(5, r.revision());
                p.setLong(6, r.baseRevision());
                p.setString(7, r.baseDigest());
                p.setString(8, r.change().code());
                p.setString(9, HistoryRows.fieldsJson(r.fields(), r.deletedOrRestored()));
                p.setInt(10, r.deleted() ? 1 : 0);
                p.setString(11, SightingJson.toJson(r.sighting()));
                p.setString(12, w.receivedAt().toString());
                p.setInt(13, w.coordinator() ? 1 : 0);
                p.setString(14, r.digest());
                p.setString(15, DigestLists.toJson(r.parents()));
                p.setString(16, DigestLists.toJson(r.ancestors()));
                p.setString(17, r.author());
                p.setInt(18, r.format());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Map<UUID, List<Waiting>> waiting(Collection<UUID> ids) {
        return db.read(c -> {
            Map<UUID, List<Waiting>> found = new LinkedHashMap<>();
            forChunks(WAITING + "WHERE sighting_id IN ", ids, r -> {
                Waiting w = read(r);
                found.computeIfAbsent(w.record().id(), k -> new ArrayList<>()).add(w);
            });
            // Merged in the order they were made: each edit's base is the one before it.
            found.values().forEach(list -> list.sort(java.util.Comparator.comparingLong(w -> w.record().revision())));
            return found;
        });
    }

    @Override
    public List<Waiting> allWaiting() {
        return db.read(c -> {
            List<Waiting> all = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(WAITING + "ORDER BY received_at, sighting_id, revision");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    all.add(read(r));
                }
            }
            return all;
        });
    }

    @Override
    public int waitingCount() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM waiting_record");
                 ResultSet r = p.executeQuery()) {
                return r.next() ? r.getInt(1) : 0;
            }
        });
    }

    @Override
    public void removeWaiting(UUID sightingId, String bundleId) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM waiting_record WHERE sighting_id = ? AND bundle_id = ?")) {
                p.setString(1, sightingId.toString());
                p.setString(2, bundleId);
                p.executeUpdate();
            }
            return null;
        });
    }

    private static Waiting read(ResultSet r) throws SQLException {
        // Edits kept by an earlier version have no digest and are of format 1.
        BundleRecord record = new BundleRecord(UUID.fromString(r.getString(1)), r.getLong(5), r.getLong(6),
                r.getString(7), ChangeKind.fromCode(r.getString(8)), HistoryRows.parseFields(r.getString(9)),
                r.getInt(10) == 1, SightingJson.fromStoredJson(r.getBytes(11)), r.getString(14),
                DigestLists.fromJson(r.getString(15)), DigestLists.fromJson(r.getString(16)), r.getString(17),
                r.getInt(18)).withDeletedOrRestored(HistoryRows.namesDeletedOrRestored(r.getString(9)));
        return new Waiting(record, new Fingerprint(r.getString(3)), r.getString(4), r.getString(2),
                Instant.parse(r.getString(12)), r.getInt(13) == 1);
    }

    private interface RowReader {
        void read(ResultSet r) throws SQLException;
    }

    /** Runs {@code sql} followed by "(?, ?, …)" for the ids, a chunk at a time. */
    private void forChunks(String sql, Collection<UUID> ids, RowReader each) throws SQLException {
        List<UUID> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += CHUNK) {
            List<UUID> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
            PreparedStatement p = db.prepared(sql + "(" + "?,".repeat(chunk.size() - 1) + "?)");
            for (int i = 0; i < chunk.size(); i++) {
                p.setString(i + 1, chunk.get(i).toString());
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    each.read(r);
                }
            }
        }
    }
}
