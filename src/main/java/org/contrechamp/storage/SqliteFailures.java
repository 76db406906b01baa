package org.contrechamp.storage;

import java.nio.file.Path;
import java.sql.SQLException;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.DiskSpace;
import org.contrechamp.core.common.Problem;
import org.sqlite.SQLiteException;

/**
 * What SQLite's errors mean for the user. SQLite says SQLITE_FULL only when it cannot write a page;
 * when it cannot grow the WAL's shared-memory file or write its journal on a full disk, it says
 * SQLITE_IOERR_* ("disk I/O error") or SQLITE_CANTOPEN without the system's reason. Those are
 * taken for a full disk when the disk has less than {@link DiskSpace#LOW} left, and for a failing
 * disk otherwise.
 */
final class SqliteFailures {

    // SQLite's primary result codes (the low byte of an extended code such as SQLITE_IOERR_SHMSIZE)
    private static final int PERM = 3;
    private static final int BUSY = 5;
    private static final int LOCKED = 6;
    private static final int READONLY = 8;
    private static final int IOERR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANTOPEN = 14;
    private static final int NOTADB = 26;

    private SqliteFailures() {
    }

    /** {@link #translate(Path, SQLException, long)} with the room left on the database's disk. */
    static RuntimeException translate(Path file, SQLException e) {
        int code = primaryCode(e);
        long usable = code == IOERR || code == CANTOPEN ? DiskSpace.usableBytes(file.getParent()) : Long.MAX_VALUE;
        return translate(file, e, usable);
    }

    /**
     * @param file        the database file
     * @param usableBytes the room left on its disk, for the errors that do not say why
     */
    static RuntimeException translate(Path file, SQLException e, long usableBytes) {
        Path dataDirectory = file.toAbsolutePath().getParent();
        boolean lowOnSpace = usableBytes < DiskSpace.LOW;
        switch (primaryCode(e)) {
            case CORRUPT, NOTADB:
                return new DataUnavailableException(Problem.of(file.toString(), "database-corrupt"), e);
            case FULL:
                return new DataUnavailableException(DiskSpace.full(dataDirectory), e);
            case IOERR:
                return new DataUnavailableException(lowOnSpace ? DiskSpace.full(dataDirectory)
                        : Problem.of(file.toString(), "disk-io-error", DiskSpace.describeDisk(dataDirectory)), e);
            case CANTOPEN:
                return new DataUnavailableException(lowOnSpace ? DiskSpace.full(dataDirectory)
                        : Problem.of(dataDirectory.toString(), "data-dir-not-writable"), e);
            case READONLY, PERM:
                return new DataUnavailableException(Problem.of(dataDirectory.toString(), "data-dir-not-writable"), e);
            case BUSY, LOCKED:
                return new DataUnavailableException(Problem.of(dataDirectory.toString(), "data-dir-locked", "?"), e);
            default:
                return new StorageException("database error in " + file, e);
        }
    }

    /** SQLite's primary result code: from the driver's exception, else from the "[SQLITE_…]" of the message. */
    static int primaryCode(SQLException e) {
        if (e instanceof SQLiteException sqlite && sqlite.getResultCode() != null && sqlite.getResultCode().code >= 0) {
            return sqlite.getResultCode().code & 0xFF;
        }
        String message = String.valueOf(e.getMessage());
        if (message.contains("SQLITE_CORRUPT")) {
            return CORRUPT;
        }
        if (message.contains("SQLITE_NOTADB")) {
            return NOTADB;
        }
        if (message.contains("SQLITE_FULL")) {
            return FULL;
        }
        if (message.contains("SQLITE_IOERR")) {
            return IOERR;
        }
        if (message.contains("SQLITE_CANTOPEN")) {
            return CANTOPEN;
        }
        if (message.contains("SQLITE_READONLY")) {
            return READONLY;
        }
        if (message.contains("SQLITE_PERM")) {
            return PERM;
        }
        if (message.contains("SQLITE_BUSY")) {
            return BUSY;
        }
        if (message.contains("SQLITE_LOCKED")) {
            return LOCKED;
        }
        return e.getErrorCode() & 0xFF;
    }
}
