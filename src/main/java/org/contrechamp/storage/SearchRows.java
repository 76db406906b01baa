package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.StringJoiner;

import org.contrechamp.core.sighting.Sighting;

/**
 * Rows of the full-text index {@code sighting_search} (V003), written by the repository from the values
 * it stores (V012): what volunteers look sightings up by, the street, the operator and the free texts.
 * Until V012 triggers filled it by reading each stored document's JSON again, which cost a third of
 * storing a bundle's new records (docs/adr/0056).
 */
final class SearchRows {

    static final String INSERT = "INSERT INTO sighting_search (rowid, street, operator, notes) VALUES (?, ?, ?, ?)";
    private static final String HELD = "SELECT street, operator, notes FROM sighting_search WHERE rowid = ?";
    private static final String DELETE = "DELETE FROM sighting_search WHERE rowid = ?";

    private SearchRows() {
    }

    /** Indexes a new sighting row with {@code p} (prepared from {@link #INSERT}). */
    static void insert(PreparedStatement p, long pk, Sighting s) throws SQLException {
        p.setLong(1, pk);
        p.setString(2, street(s));
        p.setString(3, s.operator());
        p.setString(4, notes(s));
        p.executeUpdate();
    }

    /** Indexes the new revision of the sighting row {@code pk}; nothing is written when its texts are the same. */
    static void update(Database db, long pk, Sighting s) throws SQLException {
        PreparedStatement held = db.prepared(HELD);
        held.setLong(1, pk);
        try (ResultSet r = held.executeQuery()) {
            if (r.next() && Objects.equals(r.getString(1), street(s)) && Objects.equals(r.getString(2), s.operator())
                    && Objects.equals(r.getString(3), notes(s))) {
                return;
            }
        }
        PreparedStatement delete = db.prepared(DELETE);
        delete.setLong(1, pk);
        delete.executeUpdate();
        insert(db.prepared(INSERT), pk, s);
    }

    private static String street(Sighting s) {
        return s.street() == null ? null : s.street().name();
    }

    /** The free texts in one column, separated by a space, absent ones left out (as V003's concat_ws). */
    private static String notes(Sighting s) {
        StringJoiner notes = new StringJoiner(" ");
        for (String text : new String[] {s.note(), s.fixme(), s.manufacturer(), s.model()}) {
            if (text != null) {
                notes.add(text);
            }
        }
        return notes.toString();
    }
}
