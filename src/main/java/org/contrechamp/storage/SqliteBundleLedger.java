package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.contrechamp.core.bundle.BundleLedger;
import org.contrechamp.core.bundle.BundleRecord;
import org.contrechamp.core.bundle.RecordDigest;
import org.contrechamp.core.identity.Fingerprint;
import org.contrechamp.core.sighting.SightingJson;

/** Bundle bookkeeping in SQLite (tables of V004). Each write joins the caller's transaction if any. */
public final class SqliteBundleLedger implements BundleLedger {

    private static final String EXPORTED = "SELECT seq, bundle_id, prev, audience, created_at, history_seq, records, blobs "
            + "FROM exported_bundle ";
    private static final String IMPORTED = "SELECT bundle_id, signer, seq, prev, imported_at, records, applied, conflicts, "
            + "blobs FROM imported_bundle ";

    private final Database db;

    public SqliteBundleLedger(Database db) {
        this.db = db;
    }

    @Override
    public Optional<Exported> lastExport() {
        List<Exported> last = queryExported(EXPORTED + "ORDER BY seq DESC LIMIT 1");
        return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
    }

    @Override
    public List<Exported> exports() {
        return queryExported(EXPORTED + "ORDER BY seq");
    }

    private List<Exported> queryExported(String sql) {
        return db.read(c -> {
            List<Exported> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new Exported(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            Instant.parse(r.getString(5)), r.getLong(6), r.getInt(7), r.getInt(8)));
                }
            }
            return list;
        });
    }

    @Override
    public void recordExport(Exported e, byte[] envelope, List<BundleRecord> records) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO exported_bundle (seq, bundle_id, prev, audience, "
                    + "created_at, history_seq, records, blobs, envelope) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setLong(1, e.seq());
                p.setString(2, e.bundleId());
                p.setString(3, e.prev());
                p.setString(4, e.audience());
                p.setString(5, e.createdAt().toString());
                p.setLong(6, e.historySeq());
                p.setInt(7, e.records());
                p.setInt(8, e.blobs());
                p.setBytes(9, envelope);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT OR REPLACE INTO exported_record (sighting_id, revision, digest) VALUES (?, ?, ?)")) {
                for (BundleRecord r : records) {
                    p.setString(1, r.id().toString());
                    p.setLong(2, r.revision());
                    p.setString(3, r.digest());
                    p.addBatch();
                }
                p.executeBatch();
            }
            // The exported revision is known by its shared digest from now on (its photos as shared
            // copies): the digest others name it by when they edit it.
            try (PreparedStatement p = c.prepareStatement(
                    "UPDATE sighting_history SET digest = ? WHERE sighting_id = ? AND revision = ?")) {
                for (BundleRecord r : records) {
                    p.setString(1, r.digest());
                    p.setString(2, r.id().toString());
                    p.setLong(3, r.revision());
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }

    @Override
    public byte[] envelope(long seq) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT envelope FROM exported_bundle WHERE seq = ?")) {
                p.setLong(1, seq);
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalArgumentException("no bundle " + seq);
                    }
                    return r.getBytes(1);
                }
            }
        });
    }

    @Override
    public Optional<String> exportedDigest(UUID sightingId, long revision) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT digest FROM exported_record WHERE sighting_id = ? AND revision = ?")) {
                p.setString(1, sightingId.toString());
                p.setLong(2, revision);
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public Optional<Imported> imported(String bundleId) {
        return oneImported(IMPORTED + "WHERE bundle_id = ?", bundleId);
    }

    @Override
    public Optional<Imported> importedAt(Fingerprint signer, long seq) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(IMPORTED + "WHERE signer = ? AND seq = ?")) {
                p.setString(1, signer.hex());
                p.setLong(2, seq);
                return readImported(p);
            }
        });
    }

    private Optional<Imported> oneImported(String sql, String arg) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, arg);
                return readImported(p);
            }
        });
    }

    private static Optional<Imported> readImported(PreparedStatement p) throws SQLException {
        try (ResultSet r = p.executeQuery()) {
            if (!r.next()) {
                return Optional.empty();
            }
            return Optional.of(new Imported(r.getString(1), new Fingerprint(r.getString(2)), r.getLong(3), r.getString(4),
                    Instant.parse(r.getString(5)), r.getInt(6), r.getInt(7), r.getInt(8), r.getInt(9)));
        }
    }

    @Override
    public void recordImport(Imported i) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO imported_bundle (bundle_id, signer, seq, prev, "
                    + "imported_at, records, applied, conflicts, blobs) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, i.bundleId());
                p.setString(2, i.signer().hex());
                p.setLong(3, i.seq());
                p.setString(4, i.prev());
                p.setString(5, i.importedAt().toString());
                p.setInt(6, i.records());
                p.setInt(7, i.applied());
                p.setInt(8, i.conflicts());
                p.setInt(9, i.blobs());
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM pending_bundle WHERE signer = ?")) {
                p.setString(1, i.signer().hex());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void keepPending(Pending pending) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO pending_bundle (signer, bundle_file, seq, "
                    + "first_seen) VALUES (?, ?, ?, ?)")) {
                p.setString(1, pending.signer().hex());
                p.setString(2, pending.fileName());
                p.setLong(3, pending.seq());
                p.setString(4, pending.firstSeen().toString());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void clearPending(Fingerprint signer, String fileName) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "DELETE FROM pending_bundle WHERE signer = ? AND (? IS NULL OR bundle_file = ?)")) {
                p.setString(1, signer.hex());
                p.setString(2, fileName);
                p.setString(3, fileName);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Pending> pending() {
        return db.read(c -> {
            List<Pending> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT signer, bundle_file, seq, first_seen FROM pending_bundle ORDER BY signer, seq");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    list.add(new Pending(new Fingerprint(r.getString(1)), r.getString(2), r.getLong(3),
                            Instant.parse(r.getString(4))));
                }
            }
            return list;
        });
    }

    @Override
    public void alert(Alert a) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO bundle_alert (at, kind, signer, seq, "
                    + "bundle_id, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                p.setString(1, a.at().toString());
                p.setString(2, a.kind());
                p.setString(3, a.signer() == null ? null : a.signer().hex());
                p.setLong(4, a.seq());
                p.setString(5, a.bundleId());
                p.setString(6, a.detail());
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<Alert> alerts() {
        return db.read(c -> {
            List<Alert> list = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT at, kind, signer, seq, bundle_id, detail FROM bundle_alert ORDER BY id");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String signer = r.getString(3);
                    list.add(new Alert(Instant.parse(r.getString(1)), r.getString(2),
                            signer == null ? null : new Fingerprint(signer), r.getLong(4), r.getString(5), r.getString(6)));
                }
            }
            return list;
        });
    }

    /** Who sent records (V012): one row per bundle and signer's name, which each record's row names. */
    private static final ValueKeys SOURCES = new ValueKeys("provenance_source",
            List.of("bundle_id", "signer", "signer_name"));

    @Override
    public void setProvenance(Map<UUID, Provenance> provenance) {
        db.inTransaction(c -> {
            Map<Provenance, Long> sources = new HashMap<>();
            PreparedStatement p = db.prepared(
                    "INSERT OR REPLACE INTO record_provenance (sighting_id, source, revision) VALUES (?, ?, ?)");
            for (var e : provenance.entrySet()) {
                Provenance from = e.getValue();
                // The revision aside, the records of one bundle all came the same way.
                Provenance way = new Provenance(from.signer(), from.signerName(), from.bundleId(), 0);
                Long source = sources.get(way);
                if (source == null) {
                    source = SOURCES.idOf(db, from.bundleId(), from.signer().hex(), from.signerName());
                    sources.put(way, source);
                }
                p.setString(1, e.getKey().toString());
                p.setLong(2, source);
                p.setLong(3, from.revision());
                p.addBatch();
            }
            p.executeBatch();
            return null;
        });
    }

    @Override
    public Optional<Provenance> provenance(UUID sightingId) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT signer, signer_name, bundle_id, revision FROM sighting_provenance WHERE sighting_id = ?")) {
                p.setString(1, sightingId.toString());
                try (ResultSet r = p.executeQuery()) {
                    return r.next() ? Optional.of(new Provenance(new Fingerprint(r.getString(1)), r.getString(2),
                            r.getString(3), r.getLong(4))) : Optional.<Provenance>empty();
                }
            }
        });
    }

    @Override
    public Map<UUID, Provenance> allProvenance() {
        return db.read(c -> {
            Map<UUID, Provenance> all = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT sighting_id, signer, signer_name, bundle_id, revision FROM sighting_provenance");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    all.put(UUID.fromString(r.getString(1)), new Provenance(new Fingerprint(r.getString(2)),
                            r.getString(3), r.getString(4), r.getLong(5)));
                }
            }
            return all;
        });
    }

    @Override
    public void addConflict(Conflict k) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT OR IGNORE INTO bundle_conflict (sighting_id, bundle_id, "
                    + "signer, held_revision, base_revision, incoming_revision, fields, incoming_deleted, incoming_doc, "
                    + "detected_at, reason, incoming_digest, ancestors) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, k.sightingId().toString());
                p.setString(2, k.bundleId());
                p.setString(3, k.signer().hex());
                p.setLong(4, k.heldRevision());
                p.setLong(5, k.baseRevision());
                p.setLong(6, k.incomingRevision());
                p.setString(7, HistoryRows.fieldsJson(k.fields()));
                p.setInt(8, k.incomingDeleted() ? 1 : 0);
                p.setString(9, SightingJson.toJson(k.incoming()));
                p.setString(10, k.detectedAt().toString());
                p.setString(11, k.reason().code());
                p.setString(12, k.incomingDigest());
                p.setString(13, DigestLists.toJson(k.ancestors()));
                p.executeUpdate();
            }
            return null;
        });
    }

    private static final String CONFLICT_COLUMNS = "SELECT id, sighting_id, bundle_id, signer, held_revision, "
            + "base_revision, incoming_revision, fields, incoming_deleted, incoming_doc, detected_at, reason, "
            + "incoming_digest, ancestors, resolved_at, comment, resolved FROM bundle_conflict ";

    @Override
    public List<Conflict> openConflicts() {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(CONFLICT_COLUMNS + "WHERE resolved = 0 ORDER BY id")) {
                return readConflicts(p);
            }
        });
    }

    @Override
    public List<Conflict> openConflicts(UUID sightingId) {
        return db.read(c -> {
            // Asked for every record a bundle changes: prepared once.
            PreparedStatement p = db.prepared(CONFLICT_COLUMNS + "WHERE resolved = 0 AND sighting_id = ? ORDER BY id");
            p.setString(1, sightingId.toString());
            return readConflicts(p);
        });
    }

    @Override
    public List<Conflict> conflictsAbout(UUID sightingId) {
        return db.read(c -> {
            PreparedStatement p = db.prepared(CONFLICT_COLUMNS + "WHERE sighting_id = ? ORDER BY id");
            p.setString(1, sightingId.toString());
            return readConflicts(p);
        });
    }

    @Override
    public Optional<Conflict> conflict(long id) {
        return db.read(c -> {
            try (PreparedStatement p = c.prepareStatement(CONFLICT_COLUMNS + "WHERE id = ?")) {
                p.setLong(1, id);
                List<Conflict> found = readConflicts(p);
                return found.isEmpty() ? Optional.<Conflict>empty() : Optional.of(found.get(0));
            }
        });
    }

    private static List<Conflict> readConflicts(PreparedStatement p) throws SQLException {
        List<Conflict> list = new ArrayList<>();
        try (ResultSet r = p.executeQuery()) {
            while (r.next()) {
                String resolvedAt = r.getString(15);
                // Items closed by an earlier version have no time of closing: the time they were found.
                Instant closed = resolvedAt != null ? Instant.parse(resolvedAt)
                        : r.getInt(17) == 1 ? Instant.parse(r.getString(11)) : null;
                list.add(new Conflict(r.getLong(1), UUID.fromString(r.getString(2)), r.getString(3),
                        new Fingerprint(r.getString(4)), r.getLong(5), r.getLong(6), r.getLong(7),
                        HistoryRows.parseFields(r.getString(8)), r.getInt(9) == 1,
                        SightingJson.fromStoredJson(r.getBytes(10)), Instant.parse(r.getString(11)),
                        ConflictReason.fromCode(r.getString(12)), r.getString(13), DigestLists.fromJson(r.getString(14)),
                        closed, r.getString(16)));
            }
        }
        return list;
    }

    @Override
    public void closeConflict(long id, Instant at, String resolution, String comment, String resultDigest) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE bundle_conflict SET resolved = 1, resolved_at = ?, "
                    + "resolution = ?, comment = ?, result_digest = ? WHERE id = ? AND resolved = 0")) {
                p.setString(1, at.toString());
                p.setString(2, resolution);
                p.setString(3, comment);
                p.setString(4, resultDigest);
                p.setLong(5, id);
                p.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void reopenConflict(long id, Instant at) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("UPDATE bundle_conflict SET resolved = 0, resolved_at = NULL, "
                    + "detected_at = ? WHERE id = ? AND resolved = 1 AND resolution IS NULL AND result_digest IS NULL")) {
                p.setString(1, at.toString());
                p.setLong(2, id);
                p.executeUpdate();
            }
            return null;
        });
    }
}
