package org.contrechamp.storage;

import java.sql.SQLException;

/**
 * The transactions of one thread that share commits ({@link Database#inCommitGroup}). Each runs as a
 * savepoint of one SQLite transaction: a unit that fails is rolled back to its savepoint, alone, and
 * the others stay. The transaction is committed once it has been open {@link #COMMIT_AFTER_MILLIS}
 * and when the group ends, however it ends. Committing a bundle's thousand records costs more than
 * storing them (every page the bundle touched is written to the log again, and the log copied back),
 * and a bundle of random ids touches pages all over the indexes, the same pages as the next bundle:
 * written once for several bundles, they are written a fraction as often.
 *
 * <p>While the transaction is open this group holds the database's lock, so other threads wait for
 * committed data rather than see a part of it; they get their turn at each commit. Not thread-safe:
 * used by its own thread only, under that lock.
 */
final class CommitGroup {

    /**
     * How long one transaction gathers units before it is committed: long enough that the pages the
     * units share are written once for several of them, short enough that another thread waits
     * about as long as it did behind one large bundle, and that little work waits for a commit.
     */
    static final long COMMIT_AFTER_MILLIS = 1_000;
    private static final String SAVEPOINT = "commit_group_unit";

    private final Database db;
    private boolean open;
    private long openedAt;
    /** What rolled back every unit not committed yet: a later unit must not go on as if they were kept. */
    private RuntimeException lostBy;

    CommitGroup(Database db) {
        this.db = db;
    }

    /** Runs one unit of work, all or nothing; the caller holds the database's lock. */
    <T> T unit(Database.Work<T> work) throws SQLException {
        if (lostBy != null) {
            throw lostBy;
        }
        if (!open) {
            begin();
        }
        db.execute("SAVEPOINT " + SAVEPOINT);
        db.transactionDepth(1);
        T result;
        try {
            result = work.run(db.connection());
            db.execute("RELEASE " + SAVEPOINT);
        } catch (SQLException | RuntimeException | Error e) {
            undo(e);
            throw e;
        } finally {
            db.transactionDepth(0);
        }
        if ((System.nanoTime() - openedAt) / 1_000_000 >= COMMIT_AFTER_MILLIS) {
            commit(null);
        }
        return result;
    }

    /** Commits what the finished units stored; {@code failure} is what ended the group, if anything did. */
    void end(Throwable failure) {
        if (open) {
            commit(failure);
        }
    }

    private void begin() throws SQLException {
        // Held until the commit, beyond this unit: other threads must not use the connection in between.
        db.lock().lock();
        try {
            db.execute(db.beginStatement());
        } catch (SQLException e) {
            db.lock().unlock();
            throw e;
        }
        open = true;
        openedAt = System.nanoTime();
    }

    /** Commits; when that fails, nothing of the open transaction is kept, and the failure says why. */
    private void commit(Throwable failure) {
        try {
            db.execute("COMMIT");
        } catch (SQLException e) {
            db.rollbackQuietly();
            RuntimeException why = Database.translate(db.file(), e);
            lostBy = why;
            if (failure == null) {
                throw why;
            }
            failure.addSuppressed(why);
        } finally {
            open = false;
            db.lock().unlock();
        }
    }

    /**
     * Rolls the failed unit back to its savepoint. When SQLite already rolled the whole transaction
     * back itself (as it may on a full disk or an I/O error), the earlier units went with it: the
     * group cannot go on.
     */
    private void undo(Throwable cause) {
        try {
            db.execute("ROLLBACK TO " + SAVEPOINT);
            db.execute("RELEASE " + SAVEPOINT);
        } catch (SQLException gone) {
            cause.addSuppressed(gone);
            db.rollbackQuietly();
            open = false;
            db.lock().unlock();
            lostBy = cause instanceof RuntimeException r ? r
                    : cause instanceof SQLException s ? Database.translate(db.file(), s)
                    : new IllegalStateException("the transaction was rolled back", cause);
        }
    }
}
