package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.contrechamp.core.bundle.BundleRecord;
import org.contrechamp.core.bundle.PublishedRecords;
import org.contrechamp.core.identity.Fingerprint;

/** What the consolidated inventory last carried of each record, in SQLite (table of V013). */
public final class SqlitePublishedRecords implements PublishedRecords {

    private final Database db;

    public SqlitePublishedRecords(Database db) {
        this.db = db;
    }

    @Override
    public Map<UUID, String> digests(Fingerprint signer, String audience) {
        return db.read(c -> {
            Map<UUID, String> digests = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT sighting_id, digest FROM published_record WHERE signer = ? AND audience = ?")) {
                p.setString(1, signer.hex());
                p.setString(2, audience);
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        digests.put(UUID.fromString(r.getString(1)), r.getString(2));
                    }
                }
            }
            return digests;
        });
    }

    @Override
    public void remember(Fingerprint signer, String audience, long seq, List<BundleRecord> records) {
        db.inTransaction(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO published_record (signer, audience, sighting_id, "
                    + "digest, seq) VALUES (?, ?, ?, ?, ?) ON CONFLICT (signer, audience, sighting_id) "
                    + "DO UPDATE SET digest = excluded.digest, seq = excluded.seq")) {
                for (BundleRecord r : records) {
                    p.setString(1, signer.hex());
                    p.setString(2, audience);
                    p.setString(3, r.id().toString());
                    p.setString(4, r.digest());
                    p.setLong(5, seq);
                    p.addBatch();
                }
                p.executeBatch();
            }
            return null;
        });
    }
}
