package org.contrechamp.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * The whole content of some tables of a data directory's database, as text: two snapshots are equal
 * when every row of every listed table is (counts and content).
 */
public final class DatabaseSnapshot {

    /** The tables a refused bundle must leave exactly as they were. */
    public static final List<String> DATA_TABLES = List.of("sighting", "sighting_history", "sighting_provenance",
            "bundle_conflict", "imported_bundle", "trusted_key", "exported_bundle", "exported_record");

    private DatabaseSnapshot() {
    }

    public static String of(Path dataDirectory) {
        return of(dataDirectory, DATA_TABLES);
    }

    public static String of(Path dataDirectory, List<String> tables) {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDirectory.resolve("contrechamp.db"));
             Statement s = c.createStatement()) {
            for (String table : tables) {
                out.append("== ").append(table).append('\n');
                try (ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1, 2")) {
                    ResultSetMetaData meta = r.getMetaData();
                    while (r.next()) {
                        for (int i = 1; i <= meta.getColumnCount(); i++) {
                            Object value = r.getObject(i);
                            out.append(value instanceof byte[] b ? Arrays.toString(b) : String.valueOf(value)).append('|');
                        }
                        out.append('\n');
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    public static long count(Path dataDirectory, String table) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDirectory.resolve("contrechamp.db"));
             Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT count(*) FROM " + table)) {
            return r.next() ? r.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
