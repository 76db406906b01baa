package org.contrechamp.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Helpers to build databases in the states storage tests start from. */
final class StorageTestSupport {

    private StorageTestSupport() {
    }

    /** A database file built with the migration scripts 1..version applied by hand, as an older app left it. */
    static void databaseAtVersion(Path dataDirectory, int version) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDirectory.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            for (int v : Migrations.versions()) {
                if (v > version) {
                    break;
                }
                s.executeUpdate(Migrations.script(v));
                s.executeUpdate("PRAGMA user_version = " + v);
            }
        }
    }

    static void execute(Path dataDirectory, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDirectory.resolve(Database.FILE_NAME));
             Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
