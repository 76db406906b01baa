package org.contrechamp.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Damages what a data directory stores of a record, as a failing disk or a hand edit would. */
public final class DamagedRecords {

    private DamagedRecords() {
    }

    /** Overwrites the stored text of the record's current revision with text that is not a sighting. */
    public static void garble(Path dataDirectory, String sightingId) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDirectory.resolve("contrechamp.db"));
             PreparedStatement p = c.prepareStatement("UPDATE sighting_history SET doc = 'garbled {' "
                     + "WHERE seq = (SELECT head_seq FROM sighting WHERE id = ?)")) {
            p.setString(1, sightingId);
            if (p.executeUpdate() != 1) {
                throw new IllegalStateException("no stored sighting " + sightingId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
