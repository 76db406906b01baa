package org.contrechamp.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transactions that share commits (Database.inCommitGroup): each stays all or nothing on its own,
 * what finished before a failure is kept, and no other thread sees an open shared commit.
 */
class CommitGroupTest {

    @TempDir
    Path dir;

    @BeforeEach
    void scratchTable() {
        try (Database db = Database.open(dir)) {
            db.inTransaction(c -> {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("CREATE TABLE scratch (x INTEGER)");
                }
                return null;
            });
        }
    }

    /** One unit of work: two rows, so that half of it could be left if it were not undone whole. */
    private static void insertTwo(Database db, int first, boolean failAfterFirst) {
        db.inTransaction(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO scratch VALUES (" + first + ")");
                if (failAfterFirst) {
                    throw new IllegalStateException("unit " + first + " fails half-way");
                }
                s.executeUpdate("INSERT INTO scratch VALUES (" + (first + 1) + ")");
            }
            return null;
        });
    }

    /** The rows as another connection sees them: what was committed. */
    private List<Integer> committedRows() {
        try (Database db = Database.open(dir)) {
            return rows(db);
        }
    }

    private static List<Integer> rows(Database db) {
        return db.read(c -> {
            List<Integer> rows = new java.util.ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT x FROM scratch ORDER BY x")) {
                while (r.next()) {
                    rows.add(r.getInt(1));
                }
            }
            return rows;
        });
    }

    @Test
    void aUnitThatFailsIsUndoneAloneAndTheUnitsAroundItAreCommitted() {
        try (Database db = Database.open(dir)) {
            db.inCommitGroup(() -> {
                insertTwo(db, 10, false);
                assertThatThrownBy(() -> insertTwo(db, 20, true)).hasMessageContaining("half-way");
                insertTwo(db, 30, false);
                assertThat(rows(db)).as("inside the group, its own rows").containsExactly(10, 11, 30, 31);
                return null;
            });
        }
        assertThat(committedRows()).containsExactly(10, 11, 30, 31);
    }

    @Test
    void whenTheGroupStopsWhatItsFinishedUnitsStoredIsKeptAndTheFailureGoesOn() {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.inCommitGroup(() -> {
                insertTwo(db, 10, false);
                insertTwo(db, 20, false);
                throw new CancellationException("the user cancelled");
            })).isInstanceOf(CancellationException.class);
            assertThat(rows(db)).containsExactly(10, 11, 20, 21);
        }
        assertThat(committedRows()).containsExactly(10, 11, 20, 21);
    }

    @Test
    void aUnitThatFailsAsTheGroupStopsLeavesNothingOfItself() {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.inCommitGroup(() -> {
                insertTwo(db, 10, false);
                insertTwo(db, 20, true);
                return null;
            })).hasMessageContaining("half-way");
        }
        assertThat(committedRows()).containsExactly(10, 11);
    }

    @Test
    void anotherThreadWaitsForTheSharedCommitInsteadOfSeeingPartOfIt() throws Exception {
        AtomicBoolean groupFinished = new AtomicBoolean();
        try (Database db = Database.open(dir)) {
            CompletableFuture<Boolean> readerSawFinishedGroup = new CompletableFuture<>();
            db.inCommitGroup(() -> {
                insertTwo(db, 10, false);
                Thread reader = new Thread(() -> {
                    rows(db);
                    readerSawFinishedGroup.complete(groupFinished.get());
                });
                reader.start();
                try {
                    Thread.sleep(300); // the reader would read the open transaction by now
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                insertTwo(db, 20, false);
                groupFinished.set(true);
                return null;
            });
            assertThat(readerSawFinishedGroup.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void aGroupInsideATransactionJoinsIt() {
        try (Database db = Database.open(dir)) {
            assertThatThrownBy(() -> db.inTransaction(c -> db.inCommitGroup(() -> {
                insertTwo(db, 10, false);
                throw new IllegalStateException("the outer transaction fails");
            }))).hasMessageContaining("outer");
        }
        assertThat(committedRows()).isEmpty();
    }
}
