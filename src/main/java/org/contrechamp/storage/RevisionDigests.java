package org.contrechamp.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

import org.contrechamp.core.bundle.RecordDigest;
import org.contrechamp.core.sighting.Sighting;
import org.contrechamp.core.sighting.SightingJson;

/**
 * Part of migration V006 that SQL cannot do: every revision stored before gets its digest, computed
 * from its text with each photo named by its shared copy, as others know it. On the author's
 * computer the text names the originals, and others name the same revision by the shared copies:
 * without this, the author's next edit would include no revision anyone else holds.
 */
final class RevisionDigests {

    /** The migration this step belongs to. */
    static final int VERSION = 6;

    private RevisionDigests() {
    }

    static void fill(Connection c) throws SQLException {
        Map<String, String> sharedCopy = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT original_sha256, shared_sha256 FROM shared_photo ORDER BY rowid")) {
            while (r.next()) {
                sharedCopy.put(r.getString(1), r.getString(2)); // the last copy made stands for the original
            }
        }
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT seq, doc, deleted FROM sighting_history WHERE digest IS NULL");
             PreparedStatement set = c.prepareStatement("UPDATE sighting_history SET digest = ? WHERE seq = ?")) {
            while (r.next()) {
                Sighting values;
                try {
                    values = SightingJson.fromStoredJson(r.getBytes(2));
                } catch (RuntimeException damaged) {
                    continue; // a damaged row stays as it is (doctor names it); its digest is never needed
                }
                set.setString(1, RecordDigest.of(values, r.getInt(3) == 1, h -> sharedCopy.getOrDefault(h, h)));
                set.setLong(2, r.getLong(1));
                set.addBatch();
            }
            set.executeBatch();
        }
    }
}
