package org.contrechamp.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a read-only view of a data directory holds while it looks: a <em>shared</em> lock on the
 * directory's existing lock file, so that no Contrechamp starts writing under it (a writer's exclusive
 * lock is then refused, and it says the directory is in use). It never creates, truncates or writes the
 * file: a read-only directory stays as it was. When another process holds the directory for writing,
 * the view cannot lock it and says so ({@link #othersMayWrite()}): it must then read the database as
 * WAL readers do, never as an unchanging file.
 */
public final class LookingLock implements AutoCloseable {

    /** The views of this process by directory: Java refuses a second lock on the same file in one JVM. */
    private static final Map<Path, LookingLock> LOOKING = new ConcurrentHashMap<>();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final String writer;
    private int holders = 1;

    private LookingLock(Path key, FileChannel channel, FileLock lock, String writer) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
        this.writer = writer;
    }

    /** Takes the shared lock where it can; never fails and never writes inside {@code dataDirectory}. */
    public static LookingLock take(Path dataDirectory) {
        Path key = DataDirectoryLock.keyOf(dataDirectory);
        if (DataDirectoryLock.heldHere(key)) {
            return new LookingLock(key, null, null, Long.toString(ProcessHandle.current().pid()));
        }
        synchronized (LOOKING) {
            LookingLock already = LOOKING.get(key);
            if (already != null) {
                already.holders++;
                return already;
            }
            LookingLock made = lock(key, dataDirectory.resolve(DataDirectoryLock.FILE_NAME));
            if (made.lock != null) {
                LOOKING.put(key, made);
            }
            return made;
        }
    }

    private static LookingLock lock(Path key, Path file) {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            // Never opened for writing, or copied without its lock: no Contrechamp is writing it now.
            return new LookingLock(key, null, null, null);
        }
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (IOException unreadable) {
            // Nobody can be sure then: read it as a reader among writers.
            return new LookingLock(key, null, null, "?");
        }
        try {
            FileLock shared = channel.tryLock(0, Long.MAX_VALUE, true);
            if (shared != null) {
                return new LookingLock(key, channel, shared, null);
            }
        } catch (IOException | OverlappingFileLockException e) {
            // fall through: taken as held by a writer
        }
        String owner = DataDirectoryLock.readOwner(channel);
        DataDirectoryLock.closeQuietly(channel);
        return new LookingLock(key, null, null, owner);
    }

    /** Whether a writer holds the directory (another process, or this one): the data may change while read. */
    public boolean othersMayWrite() {
        return writer != null;
    }

    /** The process id of the writer, "?" when unknown; null when none holds the directory. */
    public String writer() {
        return writer;
    }

    /** Whether a view of this process is looking at the directory (a writer here must then wait). */
    static boolean lookedAtHere(Path key) {
        return LOOKING.containsKey(key);
    }

    @Override
    public void close() {
        if (lock == null) {
            return;
        }
        synchronized (LOOKING) {
            if (--holders > 0) {
                return;
            }
            LOOKING.remove(key);
            try {
                lock.release();
            } catch (IOException ignored) {
                // closing the channel releases it anyway
            }
            DataDirectoryLock.closeQuietly(channel);
        }
    }
}
