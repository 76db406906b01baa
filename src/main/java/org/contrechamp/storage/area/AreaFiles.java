package org.contrechamp.storage.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.DiskSpace;
import org.contrechamp.core.common.Problem;
import org.sqlite.SQLiteConfig;

/** Opening area files, their schema, and what their SQLite errors mean for the user. */
final class AreaFiles {

    static final String FILE_NAME = "area.db";
    static final String STAGING_PREFIX = "area-staging-";
    static final int APPLICATION_ID = 0x43484D41; // 'CHMA'
    /** 2: zones and street postal codes (a file of schema 1 is upgraded in place, see {@link #upgrade}). */
    static final int SCHEMA_VERSION = 2;
    /** The area_meta key a schema-2 import writes: its zones were looked for (an upgraded file's were not). */
    static final String ZONES_READ = "zones-read";

    private AreaFiles() {
    }

    static Connection openReadOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    /** A fresh staging file, tuned for one bulk write: no journal (a failed import deletes the file). */
    static Connection openStaging(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.OFF);
        config.setSynchronous(SQLiteConfig.SynchronousMode.OFF);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        Connection connection = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("PRAGMA page_size = 8192");
            for (String statement : schema().split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    s.executeUpdate(statement);
                }
            }
            s.executeUpdate("PRAGMA user_version = " + SCHEMA_VERSION);
        }
        return connection;
    }

    /**
     * Brings an area file of schema 1 (before zones) to schema 2 by adding the empty zone tables: the
     * area stays usable as it was, and says that its zones were never read (importing it again reads
     * them). Other versions are left alone.
     */
    static void upgrade(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        try (Connection c = config.createConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            if (intPragma(c, "application_id") != APPLICATION_ID || intPragma(c, "user_version") != 1) {
                return;
            }
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                String schema = schema();
                for (String statement : schema.substring(schema.indexOf("CREATE TABLE zone")).split(";\\s*\\n")) {
                    if (!statement.isBlank()) {
                        s.executeUpdate(statement);
                    }
                }
                s.executeUpdate("PRAGMA user_version = 2");
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    static int intPragma(Connection connection, String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    private static String schema() {
        try (InputStream in = AreaFiles.class.getResourceAsStream("area-schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("missing area-schema.sql");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.replaceAll("(?m)--.*$", "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SQLite failure while writing or reading the area, as something the user can act on. */
    static DataUnavailableException translate(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_FULL")) {
            return new DataUnavailableException(DiskSpace.full(file.toAbsolutePath().getParent()), e);
        }
        if (message.contains("SQLITE_READONLY") || message.contains("SQLITE_CANTOPEN") || message.contains("SQLITE_PERM")) {
            return new DataUnavailableException(Problem.of(file.getParent().toString(), "data-dir-not-writable"), e);
        }
        return new DataUnavailableException(Problem.of(file.toString(), "area-damaged"), e);
    }
}
