package org.contrechamp.storage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

/**
 * The integer key of a row of a small table of values that many records share (V012: who sent them,
 * {@code provenance_source}; who made them, {@code author_key}), the row added when absent. A record's
 * row then holds that integer rather than the 64-character fingerprints and bundle id again.
 */
final class ValueKeys {

    private final String insert;
    private final String select;
    private final int columns;

    /** {@code table} and {@code columns} are constants of the schema, never input. */
    ValueKeys(String table, List<String> columns) {
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        this.insert = "INSERT OR IGNORE INTO " + table + " (" + String.join(", ", columns) + ") VALUES (" + marks + ")";
        this.select = "SELECT id FROM " + table + " WHERE " + String.join(" = ? AND ", columns) + " = ?";
        this.columns = columns.size();
    }

    /** The key of the row holding {@code values}, in the order of the columns; inside a transaction. */
    long idOf(Database db, String... values) throws SQLException {
        if (values.length != columns) {
            throw new IllegalArgumentException("one value per column");
        }
        PreparedStatement add = db.prepared(insert);
        PreparedStatement find = db.prepared(select);
        for (int i = 0; i < values.length; i++) {
            add.setString(i + 1, values[i]);
            find.setString(i + 1, values[i]);
        }
        add.executeUpdate();
        try (ResultSet r = find.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
