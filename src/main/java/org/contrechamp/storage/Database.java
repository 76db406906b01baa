package org.contrechamp.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.DiskSpace;
import org.contrechamp.core.common.Problem;
import org.contrechamp.core.common.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data directory's SQLite database: opened with WAL and foreign keys, checked (is it SQLite, is
 * it ours, is it not from a newer version), migrated, and then used through {@link #inTransaction}
 * and {@link #read}. One connection, used by one thread at a time: SQLite writes one transaction at
 * a time anyway, and callers are background tasks, never the FX thread.
 */
public final class Database implements AutoCloseable, Transactions {

    public static final String FILE_NAME = "contrechamp.db";
    /** 'CHMP', set by the first migration. */
    static final int APPLICATION_ID = 0x43484D50;
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    /** A unit of work on the connection. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final Path file;
    private final Connection connection;
    private final StatementCache statements;
    private final ReentrantLock lock = new ReentrantLock();
    private int transactionDepth;
    /** The commit group the calling thread is in ({@link #inCommitGroup}), if any. */
    private final ThreadLocal<CommitGroup> group = new ThreadLocal<>();
    private List<Problem> warnings = List.of();
    /** Opened by {@link #openToLook}: every write is refused, and said so. */
    private final boolean lookOnly;

    private Database(Path file, Connection connection) {
        this(file, connection, false);
    }

    private Database(Path file, Connection connection, boolean lookOnly) {
        this.file = file;
        this.connection = connection;
        this.lookOnly = lookOnly;
        this.statements = new StatementCache(connection);
    }

    /**
     * Opens (creating if absent) and migrates the database of a data directory whose lock the caller
     * holds. Never overwrites a file it does not recognise. On a full disk, an existing database is
     * still opened for reading where SQLite allows it (see {@link #warnings()}).
     */
    public static Database open(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            return open(dataDirectory, false);
        } catch (DataUnavailableException e) {
            if (!"disk-full".equals(e.problem().code()) || !Files.exists(file)) {
                throw e;
            }
            // SQLite cannot grow the WAL's shared-memory file (contrechamp.db-shm) on a full disk, so
            // even reading fails. In EXCLUSIVE locking mode it keeps that index in memory instead; no
            // other process shares the file anyway (the data directory lock). Writes are still tried,
            // and fail with the disk-full message until space is freed.
            LOG.warn("the disk is full: opening the database without its shared-memory file");
            try {
                Database db = open(dataDirectory, true);
                db.warnings = List.of(Problem.of(dataDirectory.toString(), "disk-full-reading-only",
                        DiskSpace.describeDisk(dataDirectory)));
                return db;
            } catch (RuntimeException again) {
                e.addSuppressed(again);
                throw e;
            }
        }
    }

    private static Database open(Path dataDirectory, boolean withoutSharedMemory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        requireSqliteOrAbsent(file);
        Connection connection;
        try {
            Properties props = new Properties();
            props.setProperty("foreign_keys", "true");
            props.setProperty("busy_timeout", "5000");
            // Keys come back through RETURNING. Left on, the driver runs "SELECT last_insert_rowid()"
            // as a statement of its own after every INSERT: three extra statements per stored sighting.
            props.setProperty("jdbc.get_generated_keys", "false");
            if (withoutSharedMemory) {
                props.setProperty("locking_mode", "EXCLUSIVE");
            }
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), props);
        } catch (SQLException e) {
            throw translate(file, e);
        }
        Database db = new Database(file, connection);
        try {
            // Checks first, with reads only: a file we refuse must be left exactly as it was.
            db.requireOurs();
            new Migrator(db, dataDirectory).requireKnownVersion();
            db.configure();
            new Migrator(db, dataDirectory).migrate();
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * Opens the database of a data directory to look at, never to change (a read-only directory, or one
     * another Contrechamp is writing: {@code othersMayWrite}); see {@link LookOnlyConnection}. Nothing is
     * migrated or written; a write is refused with the sentence {@code look-only-refused}.
     */
    public static Database openToLook(Path dataDirectory, boolean othersMayWrite) {
        Path file = dataDirectory.resolve(FILE_NAME);
        requireSqliteOrAbsent(file);
        Database db = new Database(file, LookOnlyConnection.open(file, othersMayWrite), true);
        try {
            db.requireOurs();
            new Migrator(db, dataDirectory).requireCurrentVersion();
            LookOnlyConnection.configure(db.connection);
            return db;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /**
     * What the user should know about how the database was opened: the disk was full, so it may be
     * read but probably not written. Empty when all is well.
     */
    public List<Problem> warnings() {
        return warnings;
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} in a transaction: all of it is stored, or none. Nested calls on the same
     * thread join the outer transaction.
     */
    public <T> T inTransaction(Work<T> work) {
        lock.lock();
        try {
            if (transactionDepth > 0) {
                transactionDepth++;
                try {
                    return work.run(connection);
                } finally {
                    transactionDepth--;
                }
            }
            CommitGroup g = group.get();
            if (g != null) {
                return g.unit(work);
            }
            execute(beginStatement());
            transactionDepth = 1;
            boolean committed = false;
            try {
                T result = work.run(connection);
                execute("COMMIT");
                committed = true;
                return result;
            } finally {
                transactionDepth = 0;
                if (!committed) {
                    rollbackQuietly();
                }
            }
        } catch (SQLException e) {
            throw lookOnly ? LookOnlyConnection.refusal(file, e) : translate(file, e);
        } catch (DataUnavailableException e) {
            throw lookOnly ? LookOnlyConnection.refusal(file, e) : e;
        } finally {
            lock.unlock();
        }
    }

    /**
     * How a transaction begins: taking the write lock at once, so that two writers never deadlock; a
     * database opened to look at only reads, and must not even ask for that lock.
     */
    String beginStatement() {
        return lookOnly ? "BEGIN" : "BEGIN IMMEDIATE";
    }

    /** Whether this database was opened to look at only ({@link #openToLook}). */
    public boolean lookOnly() {
        return lookOnly;
    }

    /** The core's view of transactions: nested repository calls on this thread join the outer one. */
    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return inTransaction(connection -> work.get());
    }

    /**
     * Runs {@code work} with its transactions sharing commits (see {@link Transactions#inCommitGroup}):
     * each is a savepoint of one transaction that is committed once it has been open
     * {@link CommitGroup#COMMIT_AFTER_MILLIS}, and at the end. Called inside a transaction or another
     * group, it joins what is there.
     */
    @Override
    public <T> T inCommitGroup(Supplier<T> work) {
        if (group.get() != null || lock.isHeldByCurrentThread()) {
            return work.get();
        }
        CommitGroup g = new CommitGroup(this);
        group.set(g);
        try {
            T result = work.get();
            g.end(null);
            return result;
        } catch (RuntimeException | Error e) {
            g.end(e);
            throw e;
        } finally {
            group.remove();
        }
    }

    Connection connection() {
        return connection;
    }

    /**
     * A statement prepared once for this connection ({@link StatementCache}), for the statements run
     * once per record; only inside {@link #read} or {@link #inTransaction}. Not closed by the caller.
     */
    PreparedStatement prepared(String sql) throws SQLException {
        return statements.get(sql);
    }

    ReentrantLock lock() {
        return lock;
    }

    /** Sets the depth of the transaction in progress: a unit of a commit group runs at depth 1, as any. */
    void transactionDepth(int depth) {
        transactionDepth = depth;
    }

    /** Runs read-only {@code work}, seeing only committed data (or the current transaction's). */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(file, e);
        } finally {
            lock.unlock();
        }
    }

    /** Executes one statement outside any result handling (pragmas, DDL). */
    void execute(String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    int intPragma(String name) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA " + name)) {
            return r.next() ? r.getInt(1) : 0;
        }
    }

    /**
     * Writes the whole database into the new file {@code target} as one consistent snapshot (a copy of
     * the data directory); a database opened to look at may do it too: only the new file is written.
     */
    public void snapshotTo(Path target) {
        lock.lock();
        try {
            if (lookOnly) {
                execute("PRAGMA query_only = 0"); // the connection itself still cannot write its file
            }
            try {
                backupTo(target);
            } finally {
                if (lookOnly) {
                    execute("PRAGMA query_only = 1");
                }
            }
        } catch (SQLException e) {
            throw translate(target, e);
        } finally {
            lock.unlock();
        }
    }

    /** Copies the whole database to {@code target} as one consistent snapshot. */
    void backupTo(Path target) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("VACUUM INTO ?")) {
            s.setString(1, target.toAbsolutePath().toString());
            s.executeUpdate();
        }
    }

    private void configure() {
        try {
            // WAL: readers never wait for the writer, and a crash mid-write loses nothing committed.
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA journal_mode = WAL")) {
                r.next();
            }
            execute("PRAGMA synchronous = NORMAL");
            // 32 MB of page cache (the default is 2 MB): random UUID keys touch pages all over the indexes.
            execute("PRAGMA cache_size = -32768");
            // Reads straight from the OS's copy of the file, up to 256 MB: a box query of 1,000 records
            // over 100,000 goes from 8 to 3 ms (measured), without holding that much in the heap.
            try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("PRAGMA mmap_size = 268435456")) {
                r.next();
            }
            // Journals of savepoints and statements in memory, not in temporary files: each unit of a
            // commit group is a savepoint, and SQLite copies there every page the unit changes first;
            // in a file that was a write call per page (6 % of a sync's samples in a profile,
            // docs/benchmarks.md).
            execute("PRAGMA temp_store = MEMORY");
            execute("PRAGMA foreign_keys = ON");
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    private void requireOurs() {
        try {
            int applicationId = intPragma("application_id");
            int userVersion = intPragma("user_version");
            int objects;
            try (Statement s = connection.createStatement();
                 ResultSet r = s.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                objects = r.next() ? r.getInt(1) : 0;
            }
            boolean empty = objects == 0 && userVersion == 0;
            if (!empty && applicationId != APPLICATION_ID) {
                throw new DataUnavailableException(Problem.of(file.toString(), "database-not-ours"));
            }
        } catch (SQLException e) {
            throw translate(file, e);
        }
    }

    private static void requireSqliteOrAbsent(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] header = in.readNBytes(SQLITE_MAGIC.length);
            // An empty file is an empty database for SQLite; anything else must start with the magic.
            if (header.length > 0 && !Arrays.equals(header, SQLITE_MAGIC)) {
                throw new DataUnavailableException(Problem.of(file.toString(), "database-corrupt"));
            }
        } catch (IOException e) {
            throw new DataUnavailableException(Problem.of(file.toString(), "data-dir-unusable", e.getMessage()), e);
        }
    }

    /** Turns SQLite's error codes into what the user can act on (see {@link SqliteFailures}). */
    static RuntimeException translate(Path file, SQLException e) {
        return SqliteFailures.translate(file, e);
    }

    void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("no transaction is active")) {
                // SQLite rolled it back itself, as it does after SQLITE_FULL or an I/O error
                return;
            }
            LOG.warn("rollback failed", e);
        }
    }

    @Override
    public void close() {
        // Waits for the transaction in progress on another thread: never closed under its feet.
        lock.lock();
        try {
            statements.close();
            connection.close();
        } catch (SQLException e) {
            LOG.warn("closing the database failed", e);
        } finally {
            lock.unlock();
        }
    }
}
