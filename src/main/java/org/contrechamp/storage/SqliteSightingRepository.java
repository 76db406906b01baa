package org.contrechamp.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.geo.BoundingBox;
import org.contrechamp.core.sighting.Change;
import org.contrechamp.core.sighting.DamagedRecord;
import org.contrechamp.core.sighting.HistoryEntry;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;
import org.contrechamp.core.sighting.SightingRepository;
import org.contrechamp.core.sighting.StaleRevisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sightings in SQLite (schema: {@code V001__create_sighting.sql}). Each store appends the history
 * row, then points the sighting's index row at it, and its bounding box, full-text row ({@link SearchRows})
 * and decided pairs ({@link DecidedPairRows}) at the new values, in one transaction.
 */
public final class SqliteSightingRepository implements SightingRepository {

    private static final Logger LOG = LoggerFactory.getLogger(SqliteSightingRepository.class);

    private static final String HEAD = "SELECT " + HistoryRows.COLUMNS
            + " FROM sighting s JOIN sighting_history h ON h.seq = s.head_seq ";
    private static final String HISTORY = "SELECT " + HistoryRows.COLUMNS + " FROM sighting_history h ";

    private final Database db;

    public SqliteSightingRepository(Database db) {
        this.db = db;
    }

    @Override
    public void store(Sighting sighting, boolean deleted, Change change) {
        requireConsistent(sighting, change);
        db.inTransaction(c -> {
            storeOne(sighting, deleted, change);
            return null;
        });
    }

    @Override
    public void storeAll(List<Sighting> sightings, List<Change> changes) {
        if (sightings.size() != changes.size()) {
            throw new IllegalArgumentException("one change per sighting");
        }
        for (int i = 0; i < sightings.size(); i++) {
            requireConsistent(sightings.get(i), changes.get(i));
        }
        db.inTransaction(c -> {
            // Keys are numbered here, inside the write transaction, rather than read back per row
            // through RETURNING: a quarter less work per stored sighting in bulk.
            long seq = HistoryRows.nextSeq(c);
            long pk = nextPk(c);
            try (PreparedStatement history = c.prepareStatement(HistoryRows.INSERT_AT);
                 PreparedStatement insert = c.prepareStatement(INSERT_HEAD_AT);
                 PreparedStatement box = c.prepareStatement(INSERT_BOX);
                 PreparedStatement search = c.prepareStatement(SearchRows.INSERT)) {
                for (int i = 0; i < sightings.size(); i++) {
                    Sighting s = sightings.get(i);
                    Change change = changes.get(i);
                    if (change.baseRevision() != 0) {
                        throw new IllegalArgumentException("storeAll only creates records");
                    }
                    HistoryRows.insertAt(history, seq, s, false, change);
                    bindHead(insert, s, false, seq);
                    insert.setLong(11, pk);
                    insert.executeUpdate();
                    insertBox(box, pk, s);
                    SearchRows.insert(search, pk, s);
                    DecidedPairRows.insert(db, s, false);
                    seq++;
                    pk++;
                }
            }
            return null;
        });
    }

    private static final String INSERT_BOX = "INSERT INTO sighting_box (pk, min_lon, max_lon, min_lat, max_lat) "
            + "VALUES (?, ?, ?, ?, ?)";
    /**
     * Moves a record's box, unless it holds the position already: most edits keep the position, and an
     * R*Tree update is a deletion and an insertion. (The R*Tree keeps 32-bit bounds rounded outwards,
     * so a position that moved by less than their precision, a few centimetres, is still inside.)
     */
    private static final String UPDATE_BOX = "UPDATE sighting_box SET min_lon = ?1, max_lon = ?1, min_lat = ?2, "
            + "max_lat = ?2 WHERE pk = ?3 AND NOT (min_lon <= ?1 AND max_lon >= ?1 AND min_lat <= ?2 AND max_lat >= ?2)";
    private static final String INSERT_HEAD = "INSERT INTO sighting (revision, deleted, lat, lon, kind, status, draft, "
            + "updated_at, head_seq, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING pk";
    private static final String INSERT_HEAD_AT = "INSERT INTO sighting (revision, deleted, lat, lon, kind, status, "
            + "draft, updated_at, head_seq, id, pk) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_HEAD = "UPDATE sighting SET revision = ?, deleted = ?, lat = ?, lon = ?, kind = ?, "
            + "status = ?, draft = ?, updated_at = ?, head_seq = ? WHERE id = ? AND revision = ? RETURNING pk";

    /** One revision, with statements prepared once ({@link Database#prepared}): edits are stored one by one. */
    private void storeOne(Sighting s, boolean deleted, Change change) throws SQLException {
        long seq;
        try {
            seq = HistoryRows.insert(db.prepared(HistoryRows.INSERT), s, deleted, change);
        } catch (SQLException e) {
            // This revision of this record is already stored: the edit was made on an older one.
            throw staleIfDuplicate(e, s, change);
        }
        if (change.baseRevision() == 0) {
            long pk;
            try {
                PreparedStatement insert = db.prepared(INSERT_HEAD);
                bindHead(insert, s, deleted, seq);
                pk = insertHead(insert);
            } catch (SQLException e) {
                throw staleIfDuplicate(e, s, change);
            }
            insertBox(db.prepared(INSERT_BOX), pk, s);
            SearchRows.insert(db.prepared(SearchRows.INSERT), pk, s);
            DecidedPairRows.insert(db, s, deleted);
        } else {
            long pk;
            PreparedStatement update = db.prepared(UPDATE_HEAD);
            bindHead(update, s, deleted, seq);
            update.setLong(11, change.baseRevision());
            try (ResultSet r = update.executeQuery()) {
                if (!r.next()) {
                    // Thrown inside the transaction: the history row above is rolled back with it.
                    throw new StaleRevisionException(s.id(), change.baseRevision());
                }
                pk = r.getLong(1);
            }
            PreparedStatement box = db.prepared(UPDATE_BOX);
            box.setDouble(1, s.position().longitude());
            box.setDouble(2, s.position().latitude());
            box.setLong(3, pk);
            box.executeUpdate();
            SearchRows.update(db, pk, s);
            DecidedPairRows.replace(db, s, deleted);
        }
    }

    /** Runs a bound {@link #INSERT_HEAD}; returns the new row's local key. */
    /** The key the next sighting row gets: what SQLite would choose, one past the largest. */
    private static long nextPk(Connection c) throws SQLException {
        try (java.sql.Statement st = c.createStatement();
             ResultSet r = st.executeQuery("SELECT coalesce(max(pk), 0) + 1 FROM sighting")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long insertHead(PreparedStatement insert) throws SQLException {
        try (ResultSet r = insert.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }

    private static void insertBox(PreparedStatement box, long pk, Sighting s) throws SQLException {
        box.setLong(1, pk);
        box.setDouble(2, s.position().longitude());
        box.setDouble(3, s.position().longitude());
        box.setDouble(4, s.position().latitude());
        box.setDouble(5, s.position().latitude());
        box.executeUpdate();
    }

    private static SQLException staleIfDuplicate(SQLException e, Sighting s, Change change) {
        if (String.valueOf(e.getMessage()).contains("UNIQUE")) {
            throw new StaleRevisionException(s.id(), change.baseRevision());
        }
        return e;
    }

    private static void bindHead(PreparedStatement p, Sighting s, boolean deleted, long seq) throws SQLException {
        p.setLong(1, s.revision());
        p.setInt(2, deleted ? 1 : 0);
        p.setDouble(3, s.position().latitude());
        p.setDouble(4, s.position().longitude());
        p.setString(5, s.kind() == null ? null : s.kind().osmValue());
        p.setString(6, s.status().osmValue());
        p.setInt(7, s.draft() ? 1 : 0);
        p.setString(8, String.valueOf(s.updatedAt()));
        p.setLong(9, seq);
        p.setString(10, s.id().toString());
    }

    private static void requireConsistent(Sighting s, Change change) {
        if (!s.id().equals(change.sightingId()) || s.revision() != change.revision()) {
            throw new IllegalArgumentException("the change does not describe this sighting revision");
        }
    }

    @Override
    public Optional<Sighting> find(UUID id) {
        return latest(id).filter(e -> !e.deleted()).map(HistoryEntry::after);
    }

    @Override
    public Optional<HistoryEntry> latest(UUID id) {
        return db.read(c -> {
            PreparedStatement p = db.prepared(HEAD + "WHERE s.id = ?");
            p.setString(1, id.toString());
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(HistoryRows.read(r)) : Optional.<HistoryEntry>empty();
            }
        });
    }

    @Override
    public java.util.Map<UUID, HistoryEntry> latest(java.util.Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        java.util.Map<UUID, HistoryEntry> found = new java.util.HashMap<>();
        int chunk = 500; // well below SQLite's limit of bound parameters
        db.read(c -> {
            for (int from = 0; from < all.size(); from += chunk) {
                List<UUID> part = all.subList(from, Math.min(all.size(), from + chunk));
                String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
                PreparedStatement p = db.prepared(HEAD + "WHERE s.id IN (" + marks + ")");
                for (int i = 0; i < part.size(); i++) {
                    p.setString(i + 1, part.get(i).toString());
                }
                for (HistoryEntry e : HistoryRows.readAll(p)) {
                    found.put(e.change().sightingId(), e);
                }
            }
            return null;
        });
        return found;
    }

    @Override
    public void forEachLive(Consumer<Sighting> action) {
        forEachLive(action, SqliteSightingRepository::logDamaged);
    }

    @Override
    public void forEachLive(Consumer<Sighting> action, Consumer<DamagedRecord> damaged) {
        forEachHead(false, action, damaged);
    }

    @Override
    public void forEachDeleted(Consumer<Sighting> action, Consumer<DamagedRecord> damaged) {
        forEachHead(true, action, damaged);
    }

    /** Every record's current version, the live ones or the tombstones, in creation order. */
    private void forEachHead(boolean deleted, Consumer<Sighting> action, Consumer<DamagedRecord> damaged) {
        db.read(c -> {
            // One of two constant statements (0 or 1 written in), so that both stay simple try-with-resources.
            try (PreparedStatement p = c.prepareStatement("SELECT h.doc, s.id, h.revision FROM sighting s "
                    + "JOIN sighting_history h ON h.seq = s.head_seq WHERE s.deleted = "
                    + (deleted ? 1 : 0) + " ORDER BY s.pk");
                 ResultSet r = p.executeQuery()) {
                // Documents are read a few hundred at a time through one parser (see
                // SightingJson.fromStoredJsonSequence); the buffer is reused from batch to batch.
                StoredBatch batch = new StoredBatch();
                while (r.next()) {
                    if (batch.add(r.getString(2), r.getLong(3), r.getBytes(1))) {
                        batch.readInto(action, damaged);
                    }
                }
                batch.readInto(action, damaged);
            }
            return null;
        });
    }

    /** For the readers that cannot say it to the user: the record stays stored as it is. */
    private static void logDamaged(DamagedRecord damaged) {
        LOG.warn("sighting {} (revision {}) is damaged in the database and was left out: {}", damaged.id(),
                damaged.revision(), damaged.detail());
    }

    @Override
    public List<Sighting> listLive() {
        List<Sighting> all = new ArrayList<>();
        forEachLive(all::add);
        return all;
    }

    @Override
    public List<Sighting> inBox(BoundingBox box) {
        return db.read(c -> {
            List<Sighting> found = new ArrayList<>();
            // CROSS JOIN fixes the join order: the R*Tree first (about as many rows as the answer),
            // then two primary-key lookups each. Left to itself the planner may scan the sightings.
            try (PreparedStatement p = c.prepareStatement("SELECT h.doc, s.id, h.revision FROM sighting_box b "
                    + "CROSS JOIN sighting s ON s.pk = b.pk CROSS JOIN sighting_history h ON h.seq = s.head_seq "
                    + "WHERE b.max_lon >= ? AND b.min_lon <= ? AND b.max_lat >= ? AND b.min_lat <= ? "
                    + "AND s.lon BETWEEN ? AND ? AND s.lat BETWEEN ? AND ? AND s.deleted = 0")) {
                p.setDouble(1, box.minLon());
                p.setDouble(2, box.maxLon());
                p.setDouble(3, box.minLat());
                p.setDouble(4, box.maxLat());
                p.setDouble(5, box.minLon());
                p.setDouble(6, box.maxLon());
                p.setDouble(7, box.minLat());
                p.setDouble(8, box.maxLat());
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        Sighting s = StoredBatch.readOne(r.getString(2), r.getLong(3), r.getBytes(1),
                                SqliteSightingRepository::logDamaged);
                        if (s != null) {
                            found.add(s);
                        }
                    }
                }
            }
            return found;
        });
    }

    @Override
    public long countLive() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT count(*) FROM sighting WHERE deleted = 0");
                 ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }

    @Override
    public List<UUID> idsStartingWith(String start, int limit) {
        return db.read(c -> {
            List<UUID> ids = new ArrayList<>();
            // A range rather than LIKE, so that the id's unique index answers: ids hold only hex digits
            // and hyphens, all sorted before 'g'.
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT id FROM sighting WHERE id >= ? AND id < ? ORDER BY id LIMIT ?")) {
                p.setString(1, start);
                p.setString(2, start + "g");
                p.setInt(3, limit);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(UUID.fromString(r.getString(1)));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public Set<UUID> idsMatchingText(String text) {
        String query = FullTextQuery.of(text);
        if (query.isEmpty()) {
            return Set.of();
        }
        return db.read(c -> {
            Set<UUID> ids = new HashSet<>();
            try (PreparedStatement p = c.prepareStatement("SELECT s.id FROM sighting_search f "
                    + "CROSS JOIN sighting s ON s.pk = f.rowid WHERE sighting_search MATCH ? AND s.deleted = 0")) {
                p.setString(1, query);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        ids.add(UUID.fromString(r.getString(1)));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public List<HistoryEntry> history(UUID id) {
        return db.read(c -> {
            PreparedStatement p = db.prepared(HISTORY + "WHERE h.sighting_id = ? ORDER BY h.seq");
            p.setString(1, id.toString());
            return HistoryRows.readAll(p);
        });
    }

    @Override
    public Optional<HistoryEntry> atRevision(UUID id, long revision) {
        return db.read(c -> {
            PreparedStatement p = db.prepared(HISTORY + "WHERE h.sighting_id = ? AND h.revision = ?");
            p.setString(1, id.toString());
            p.setLong(2, revision);
            List<HistoryEntry> found = HistoryRows.readAll(p);
            return found.isEmpty() ? Optional.<HistoryEntry>empty() : Optional.of(found.get(0));
        });
    }

    @Override
    public List<HistoryEntry> changesAfter(long sequence) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(HISTORY + "WHERE h.seq > ? ORDER BY h.seq")) {
                p.setLong(1, sequence);
                List<HistoryEntry> entries = new ArrayList<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        try {
                            entries.add(HistoryRows.read(r));
                        } catch (InvalidInputException damaged) {
                            // A damaged revision that came in a bundle is never ours to send: the export
                            // goes on without it. A damaged change made here stops it, naming the record.
                            if (Change.LOCAL.equals(r.getString(8))) {
                                throw damaged;
                            }
                            LOG.warn("a damaged revision received in a bundle is left out of the export: {}",
                                    damaged.getMessage());
                        }
                    }
                }
                return entries;
            }
        });
    }

    @Override
    public java.util.Map<UUID, Set<String>> lineage(java.util.Collection<UUID> ids) {
        List<UUID> all = List.copyOf(ids);
        java.util.Map<UUID, Set<String>> found = new java.util.HashMap<>();
        int chunk = 500;
        db.read(c -> {
            for (int from = 0; from < all.size(); from += chunk) {
                List<UUID> part = all.subList(from, Math.min(all.size(), from + chunk));
                String marks = String.join(", ", java.util.Collections.nCopies(part.size(), "?"));
                // Rows stored before digests existed have none: their text is read to compute it.
                // Released proposals (docs/adr/0058) come last, flagged, to be taken out.
                PreparedStatement p = db.prepared("SELECT sighting_id, digest, "
                        + "CASE WHEN digest IS NULL THEN doc END, deleted, 0 FROM sighting_history WHERE sighting_id IN ("
                        + marks + ") UNION ALL SELECT sighting_id, digest, NULL, 0, 0 FROM sighting_ancestor "
                        + "WHERE sighting_id IN (" + marks + ") UNION ALL SELECT sighting_id, digest, NULL, 0, 1 "
                        + "FROM sighting_released WHERE sighting_id IN (" + marks + ")");
                for (int i = 0; i < part.size(); i++) {
                    p.setString(i + 1, part.get(i).toString());
                    p.setString(part.size() + i + 1, part.get(i).toString());
                    p.setString(2 * part.size() + i + 1, part.get(i).toString());
                }
                java.util.Map<UUID, Set<String>> released = new java.util.HashMap<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        if (r.getInt(5) == 1) {
                            released.computeIfAbsent(UUID.fromString(r.getString(1)), k -> new java.util.HashSet<>())
                                    .add(r.getString(2));
                            continue;
                        }
                        String digest = r.getString(2);
                        if (digest == null) {
                            digest = legacyRowDigest(r.getBytes(3), r.getInt(4) == 1);
                            if (digest == null) {
                                continue;
                            }
                        }
                        found.computeIfAbsent(UUID.fromString(r.getString(1)), k -> new java.util.HashSet<>())
                                .add(digest);
                    }
                }
                released.forEach((id, digests) -> {
                    Set<String> lineage = found.get(id);
                    if (lineage != null) {
                        lineage.removeAll(digests);
                    }
                });
            }
            return null;
        });
        return found;
    }

    @Override
    public Set<String> released(UUID id) {
        return db.read(c -> {
            PreparedStatement p = db.prepared("SELECT digest FROM sighting_released WHERE sighting_id = ?");
            p.setString(1, id.toString());
            Set<String> digests = new java.util.HashSet<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    digests.add(r.getString(1));
                }
            }
            return digests;
        });
    }

    @Override
    public Set<UUID> editedHere() {
        return db.read(c -> {
            // The same terms as the partial index of V016, so that only its few rows are read.
            PreparedStatement p = db.prepared("SELECT DISTINCT sighting_id FROM sighting_history "
                    + "WHERE origin = 'local' AND kind <> 'create'");
            Set<UUID> ids = new java.util.LinkedHashSet<>();
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    ids.add(UUID.fromString(r.getString(1)));
                }
            }
            return ids;
        });
    }

    @Override
    public void release(UUID id, java.util.Collection<String> digests) {
        if (digests.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            forEachDigest("INSERT OR IGNORE INTO sighting_released (sighting_id, digest) VALUES (?, ?)", id, digests);
            return null;
        });
    }

    /** The digest of a row stored before digests were; null when its text cannot be read (it is damaged). */
    private static String legacyRowDigest(byte[] doc, boolean deleted) {
        try {
            return org.contrechamp.core.bundle.RecordDigest.of(SightingJson.fromStoredJson(doc), deleted);
        } catch (RuntimeException damaged) {
            return null;
        }
    }

    @Override
    public void addAncestors(UUID id, java.util.Collection<String> digests) {
        if (digests.isEmpty()) {
            return;
        }
        db.inTransaction(c -> {
            forEachDigest("INSERT OR IGNORE INTO sighting_ancestor (sighting_id, digest) VALUES (?, ?)", id, digests);
            unrelease(id, digests);
            return null;
        });
    }

    /**
     * A released proposal that a revision of the record includes again (a decision taking it, or a
     * settlement it has nothing to decide against once more) is part of its lineage again.
     */
    private void unrelease(UUID id, java.util.Collection<String> digests) throws SQLException {
        PreparedStatement any = db.prepared("SELECT 1 FROM sighting_released WHERE sighting_id = ? LIMIT 1");
        any.setString(1, id.toString());
        try (ResultSet r = any.executeQuery()) {
            if (!r.next()) {
                return; // the common case: nothing was ever released
            }
        }
        forEachDigest("DELETE FROM sighting_released WHERE sighting_id = ? AND digest = ?", id, digests);
    }

    /** Runs a statement of (record id, digest) once for each digest, in one batch. */
    private void forEachDigest(String sql, UUID id, java.util.Collection<String> digests) throws SQLException {
        PreparedStatement p = db.prepared(sql);
        for (String d : digests) {
            p.setString(1, id.toString());
            p.setString(2, d);
            p.addBatch();
        }
        p.executeBatch();
    }

    @Override
    public long lastSequence() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT coalesce(max(seq), 0) FROM sighting_history");
                 ResultSet r = p.executeQuery()) {
                return r.next() ? r.getLong(1) : 0L;
            }
        });
    }
}
