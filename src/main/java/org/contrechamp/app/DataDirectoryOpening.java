package org.contrechamp.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.Problem;
import org.contrechamp.storage.Database;
import org.contrechamp.storage.LookingLock;
import org.contrechamp.storage.area.SqliteAreaStore;

/**
 * Opens a data directory to change it or, when it cannot be changed, to look at it (docs/adr/0053): a
 * directory that cannot be written (a read-only disk, a folder that is not the user's, a database file
 * without write permission), or one another Contrechamp is using. A directory that could never be
 * written is seen so before anything is tried, so that trying leaves nothing behind (no lock, no log).
 */
public final class DataDirectoryOpening {

    /** The refusals after which looking is what the user would want. */
    private static final Set<String> LOOKABLE = Set.of("data-dir-not-writable", "data-dir-locked");

    private DataDirectoryOpening() {
    }

    /** To change it where it can be, to look at it otherwise; throws why neither is possible. */
    public static LocalWorkspace openOrLook(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (cannotBeWritten(directory)) {
            return look(directory);
        }
        try {
            return openToChange(directory);
        } catch (DataUnavailableException refused) {
            if (!LOOKABLE.contains(refused.problem().code()) || !hasDatabase(directory)) {
                throw refused;
            }
            return look(directory);
        }
    }

    /**
     * To change it, or the sentence why not; a directory that cannot be written is refused before
     * anything is tried in it (trying would leave a lock file and a log behind where it can).
     */
    public static LocalWorkspace openToChange(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (cannotBeWritten(directory)) {
            throw new DataUnavailableException(Problem.of(directory.toString(), "data-dir-not-writable"));
        }
        return LocalWorkspace.open(directory);
    }

    /** To look at only, even where it could be changed: nothing inside it is written, not even its lock. */
    public static LocalWorkspace look(Path dataDirectory) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        LogFiles.detachFrom(directory);
        LookingLock looking = LookingLock.take(directory);
        try {
            Database database = Database.openToLook(directory, looking.othersMayWrite());
            try {
                Problem why = looking.othersMayWrite()
                        ? Problem.of(directory.toString(), "look-only-in-use", looking.writer())
                        : Problem.of(directory.toString(), "look-only-not-writable");
                return LocalWorkspace.lookingAt(directory, looking, database, SqliteAreaStore.openToLook(directory), why);
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        } catch (RuntimeException e) {
            looking.close();
            throw e;
        }
    }

    /** An existing directory with a database in it, where the directory or the database cannot be written. */
    static boolean cannotBeWritten(Path directory) {
        Path database = directory.resolve(Database.FILE_NAME);
        return Files.isDirectory(directory) && Files.isRegularFile(database)
                && (!Files.isWritable(directory) || !Files.isWritable(database));
    }

    private static boolean hasDatabase(Path directory) {
        return Files.isRegularFile(directory.resolve(Database.FILE_NAME));
    }
}
