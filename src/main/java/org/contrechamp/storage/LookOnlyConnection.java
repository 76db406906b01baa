package org.contrechamp.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.Problem;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The connection of a database opened to look at only (docs/adr/0053), which writes nothing beside it.
 * The database is in WAL mode, and SQLite reads a WAL database through its {@code -shm} index, which it
 * must create when absent: impossible in a read-only directory. So:
 * <ul>
 * <li>no writer and no pending WAL (a cleanly closed directory): opened {@code immutable}, SQLite then
 *     takes no lock and creates nothing, and the shared {@link LookingLock} keeps writers away;</li>
 * <li>a writer at work ({@code othersMayWrite}) or a WAL still holding changes (a crash): opened
 *     {@code mode=ro}, as one WAL reader among others, which sees every committed change; where its
 *     index cannot be read or made, the view is refused with a sentence: the changes in the WAL would
 *     be missing from it.</li>
 * </ul>
 */
final class LookOnlyConnection {

    private LookOnlyConnection() {
    }

    static Connection open(Path file, boolean othersMayWrite) {
        Path dataDirectory = file.toAbsolutePath().getParent();
        if (!Files.isRegularFile(file)) {
            // Nothing to look at: the sentence of a directory that cannot be written, as before.
            throw new DataUnavailableException(Problem.of(dataDirectory.toString(), "data-dir-not-writable"));
        }
        boolean pendingWal = hasPendingWal(file);
        boolean unchanging = !othersMayWrite && !pendingWal;
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.OPEN_URI);
        config.setBusyTimeout(5000);
        String uri = file.toAbsolutePath().toUri() + (unchanging ? "?mode=ro&immutable=1" : "?mode=ro");
        Connection connection;
        try {
            connection = config.createConnection("jdbc:sqlite:" + uri);
            // SQLite opens lazily: a first read says whether the file (and its WAL index) can be read.
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
                r.next();
            } catch (SQLException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            if (pendingWal && !othersMayWrite) {
                throw new DataUnavailableException(Problem.of(dataDirectory.toString(), "look-only-pending-wal",
                        file.getFileName() + "-wal"), e);
            }
            throw SqliteFailures.translate(file, e);
        }
        return connection;
    }

    /** The per-connection settings of a looking connection; a write asked anyway fails as read-only. */
    static void configure(Connection connection) {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("PRAGMA foreign_keys = ON");
            s.executeUpdate("PRAGMA cache_size = -32768");
            s.executeUpdate("PRAGMA query_only = 1");
        } catch (SQLException e) {
            throw new StorageException("could not configure the database opened to look at", e);
        }
    }

    /**
     * A write tried on a database opened to look at: the sentence that says so. Other failures (a
     * damaged file, a full disk under the writer) keep their own.
     */
    static RuntimeException refusal(Path file, SQLException e) {
        RuntimeException translated = SqliteFailures.translate(file, e);
        return translated instanceof DataUnavailableException unavailable ? refusal(file, unavailable) : translated;
    }

    static DataUnavailableException refusal(Path file, DataUnavailableException e) {
        if (!"data-dir-not-writable".equals(e.problem().code())) {
            return e;
        }
        return new DataUnavailableException(Problem.of(file.toAbsolutePath().getParent().toString(),
                "look-only-refused"), e);
    }

    /** A WAL file with content: changes committed but not yet copied into the database file. */
    private static boolean hasPendingWal(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.isRegularFile(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            return true; // cannot tell: take the careful way
        }
    }
}
