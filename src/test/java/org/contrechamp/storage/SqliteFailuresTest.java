package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.DiskSpace;
import org.contrechamp.core.common.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * What SQLite's errors mean for the user. A full disk does not always come back as SQLITE_FULL:
 * growing the WAL's shared memory fails with SQLITE_IOERR_SHMSIZE ("disk I/O error"), writing the
 * journal with SQLITE_IOERR_WRITE. Those are a full disk when the disk has (almost) no room left,
 * and a failing disk otherwise.
 */
class SqliteFailuresTest {

    /** As the driver words it, seen on a full tmpfs: {@code sightings list} failed with it. */
    static final String SHMSIZE_ON_A_FULL_DISK = "[SQLITE_IOERR_SHMSIZE] I/O error within xShmMap while trying to "
            + "resize an existing shared memory segment (disk I/O error)";

    @TempDir
    Path dir;

    /** The exception the driver makes for an error code (as {@code DB.newSQLException} does). */
    private static SQLiteException driverError(SQLiteErrorCode code, String sqliteMessage) {
        return new SQLiteException(code + " (" + sqliteMessage + ")", code);
    }

    private Path file() {
        return dir.resolve(Database.FILE_NAME);
    }

    private static Problem problem(RuntimeException translated) {
        assertThat(translated).isInstanceOf(DataUnavailableException.class);
        return ((DataUnavailableException) translated).problem();
    }

    @Test
    void theDriversWordingOfTheSharedMemoryErrorIsTheOneSeenOnAFullDisk() {
        assertThat(driverError(SQLiteErrorCode.SQLITE_IOERR_SHMSIZE, "disk I/O error").getMessage())
                .isEqualTo(SHMSIZE_ON_A_FULL_DISK);
    }

    @Test
    void aRealSqliteFullNamesTheDataDirectoryAndItsDisk() throws Exception {
        SQLException full;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file()); Statement s = c.createStatement()) {
            s.executeUpdate("CREATE TABLE t (x BLOB)");
            s.execute("PRAGMA max_page_count = 3");
            full = catchFull(s);
        }
        assertThat((Throwable) full).isNotNull();
        Problem p = problem(SqliteFailures.translate(file(), full, Long.MAX_VALUE));
        assertThat(p.code()).isEqualTo("disk-full");
        assertThat(p.field()).isEqualTo(dir.toString());
        assertThat(p.args()).containsExactly(DiskSpace.describeDisk(dir));
    }

    private static SQLException catchFull(Statement s) {
        try {
            for (int i = 0; i < 100; i++) {
                s.executeUpdate("INSERT INTO t VALUES (zeroblob(4000))");
            }
            return null;
        } catch (SQLException e) {
            return e;
        }
    }

    @Test
    void theSharedMemoryErrorIsAFullDiskWhenTheDiskHasNoRoomLeft() {
        SQLiteException e = new SQLiteException(SHMSIZE_ON_A_FULL_DISK, SQLiteErrorCode.SQLITE_IOERR_SHMSIZE);
        Problem p = problem(SqliteFailures.translate(file(), e, 0));
        assertThat(p.code()).isEqualTo("disk-full");
        assertThat(p.field()).isEqualTo(dir.toString());
    }

    @Test
    void aJournalWriteErrorIsAFullDiskWhenLittleRoomIsLeft() {
        Problem p = problem(SqliteFailures.translate(file(),
                driverError(SQLiteErrorCode.SQLITE_IOERR_WRITE, "disk I/O error"), 64 * 1024));
        assertThat(p.code()).isEqualTo("disk-full");
    }

    @Test
    void anInputOutputErrorWithRoomLeftIsADiskErrorNamingItsDisk() {
        Problem p = problem(SqliteFailures.translate(file(),
                driverError(SQLiteErrorCode.SQLITE_IOERR_SHMSIZE, "disk I/O error"), 50L * 1024 * 1024 * 1024));
        assertThat(p.code()).isEqualTo("disk-io-error");
        assertThat(p.field()).isEqualTo(file().toString());
        assertThat(p.args()).containsExactly(DiskSpace.describeDisk(dir));
    }

    @Test
    void aFileThatCannotBeOpenedOnAFullDiskIsAFullDisk() {
        SQLiteException e = driverError(SQLiteErrorCode.SQLITE_CANTOPEN, "unable to open database file");
        assertThat(problem(SqliteFailures.translate(file(), e, 0)).code()).isEqualTo("disk-full");
        assertThat(problem(SqliteFailures.translate(file(), e, Long.MAX_VALUE)).code()).isEqualTo("data-dir-not-writable");
    }

    @Test
    void damageAndLocksKeepTheirMeaning() {
        assertThat(problem(SqliteFailures.translate(file(),
                driverError(SQLiteErrorCode.SQLITE_CORRUPT, "database disk image is malformed"), 0)).code())
                .isEqualTo("database-corrupt");
        assertThat(problem(SqliteFailures.translate(file(),
                driverError(SQLiteErrorCode.SQLITE_BUSY, "database is locked"), 0)).code())
                .isEqualTo("data-dir-locked");
    }

    @Test
    void anythingElseStaysAnUnexpectedDatabaseError() {
        RuntimeException other = SqliteFailures.translate(file(),
                driverError(SQLiteErrorCode.SQLITE_ERROR, "no such table: nowhere"), 0);
        assertThat(other).isInstanceOf(StorageException.class);
    }
}
