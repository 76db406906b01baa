package org.contrechamp.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.DiskSpace;
import org.contrechamp.core.common.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a second Contrechamp process away from a data directory while this one has it open. An OS
 * file lock (released by the OS if the process dies, so a crash never leaves a stale lock); the file
 * holds the owner's process id for the message the second process shows.
 */
public final class DataDirectoryLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryLock.class);

    public static final String FILE_NAME = "contrechamp.lock";

    /**
     * Directories this process holds. POSIX locks belong to the process, and closing ANY descriptor of
     * the file drops them: a second opening in this process must be refused before the file is touched.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Creates the directory if needed and takes its lock, or says clearly why it cannot. */
    public static DataDirectoryLock acquire(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw refused(dataDirectory, e,
                    e instanceof FileSystemException ? notWritable(dataDirectory) : unusable(dataDirectory, e));
        }
        Path key = keyOf(dataDirectory);
        if (LookingLock.lookedAtHere(key) || !HELD.add(key)) {
            throw new DataUnavailableException(Problem.of(dataDirectory.toString(), "data-dir-locked",
                    Long.toString(ProcessHandle.current().pid())));
        }
        try {
            return lock(dataDirectory, file, key);
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    /** The directory's real path: the same directory named two ways is one key. */
    static Path keyOf(Path dataDirectory) {
        Path key = dataDirectory.toAbsolutePath().normalize();
        try {
            return key.toRealPath();
        } catch (IOException e) {
            return key; // not there (yet): its normalised path
        }
    }

    /** Whether this process holds the directory for writing (its views must not touch the lock file). */
    static boolean heldHere(Path key) {
        return HELD.contains(key);
    }

    private static DataDirectoryLock lock(Path dataDirectory, Path file, Path key) {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw refused(dataDirectory, e,
                    e instanceof AccessDeniedException ? notWritable(dataDirectory) : unusable(dataDirectory, e));
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
            if (lock == null) {
                String owner = readOwner(channel);
                channel.close();
                throw new DataUnavailableException(Problem.of(dataDirectory.toString(), "data-dir-locked", owner));
            }
        } catch (IOException e) {
            closeQuietly(channel);
            throw refused(dataDirectory, e, unusable(dataDirectory, e));
        }
        try {
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII)), 0);
            channel.force(false);
        } catch (IOException e) {
            // The process id only makes a second process's message clearer; the lock is what counts.
            // On a full disk it cannot be written, and the data directory can still be read.
            LOG.warn("could not write the process id into the data directory lock: {}", e.getMessage());
        }
        return new DataDirectoryLock(key, channel, lock);
    }

    /** A full disk if the system says so, else {@code otherwise}. */
    private static DataUnavailableException refused(Path dataDirectory, IOException e, Problem otherwise) {
        return new DataUnavailableException(DiskSpace.saysFull(e) ? DiskSpace.full(dataDirectory) : otherwise, e);
    }

    private static Problem notWritable(Path dataDirectory) {
        return Problem.of(dataDirectory.toString(), "data-dir-not-writable");
    }

    private static Problem unusable(Path dataDirectory, IOException e) {
        return Problem.of(dataDirectory.toString(), "data-dir-unusable", e.getMessage());
    }

    /** The process id the owner wrote in the lock file, "?" when it cannot be read. */
    static String readOwner(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(32);
            int n = channel.read(buffer, 0);
            return n <= 0 ? "?" : new String(buffer.array(), 0, n, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one reported
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // closing the channel releases it anyway
        }
        closeQuietly(channel);
        HELD.remove(key);
    }
}
