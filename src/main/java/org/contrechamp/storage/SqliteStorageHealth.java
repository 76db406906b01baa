package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.doctor.StorageHealth;
import org.contrechamp.core.sighting.DamagedRecord;

/** The database's checks of itself, for {@code contrechamp doctor}. Reads only. */
public final class SqliteStorageHealth implements StorageHealth {

    /** SQLite stops listing after this many problems; a damaged file can have thousands. */
    private static final int MAX_PROBLEMS = 20;

    private final Database db;

    public SqliteStorageHealth(Database db) {
        this.db = db;
    }

    @Override
    public List<String> integrityProblems() {
        try {
            return quickCheck();
        } catch (DataUnavailableException e) {
            // So damaged that the check itself stops: that is its answer.
            return List.of(String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
        }
    }

    private List<String> quickCheck() {
        return db.read(c -> {
            List<String> problems = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("PRAGMA quick_check(" + MAX_PROBLEMS + ")");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    String line = r.getString(1);
                    if (!"ok".equalsIgnoreCase(line)) {
                        problems.add(line);
                    }
                }
            }
            return problems;
        });
    }

    @Override
    public RecordScan scanRecords() {
        return db.read(c -> {
            List<DamagedRecord> damaged = new ArrayList<>();
            long checked = 0;
            // One by one: a batch would be read again document by document at the first damage anyway.
            try (PreparedStatement p = c.prepareStatement("SELECT sighting_id, revision, doc FROM sighting_history "
                    + "ORDER BY seq"); ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    checked++;
                    StoredBatch.readOne(r.getString(1), r.getLong(2), r.getBytes(3), damaged::add);
                }
            }
            return new RecordScan(checked, damaged);
        });
    }
}
