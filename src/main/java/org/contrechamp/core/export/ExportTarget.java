package org.contrechamp.core.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.DiskSpace;
import org.contrechamp.core.common.InvalidInputException;
import org.contrechamp.core.common.Problem;

/**
 * One file an export writes: streamed into a temporary file beside it (same folder, so that the
 * final move is one step on one disk), flushed to disk, then moved into place by {@link #commit()}.
 * Closed without a commit (bad input found late, a cancel, a full disk), the temporary file is
 * deleted: an export leaves the complete file or nothing, never half of one and never a broken old one.
 */
final class ExportTarget implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;

    private ExportTarget(Path target, Path temp, FileChannel channel) {
        this.target = target;
        this.temp = temp;
        this.channel = channel;
        this.stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Checks the folder of {@code target} (it must exist: an export makes no folder for its file). */
    static Path checkFolder(Path target) {
        Path file = target.toAbsolutePath().normalize();
        Path folder = file.getParent();
        if (folder == null || !Files.exists(folder)) {
            throw new InvalidInputException(Problem.of(file.toString(), "export-folder-missing",
                    String.valueOf(folder)));
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException(Problem.of(file.toString(), "export-folder-not-folder", folder.toString()));
        }
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InvalidInputException(Problem.of(file.toString(), "export-target-is-folder"));
        }
        return file;
    }

    /** Starts writing {@code target}: a read-only folder or a full disk is said here, before any work. */
    static ExportTarget open(Path target) {
        Path file = checkFolder(target);
        Path folder = file.getParent();
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + file.getFileName() + ".", ".part",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--")));
        } catch (UnsupportedOperationException e) {
            temp = createPlainTemp(folder, file);
        } catch (IOException e) {
            throw unwritable(file, e);
        }
        try {
            return new ExportTarget(file, temp, FileChannel.open(temp, StandardOpenOption.WRITE));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw unwritable(file, e);
        }
    }

    private static Path createPlainTemp(Path folder, Path file) {
        try {
            return Files.createTempFile(folder, "." + file.getFileName() + ".", ".part");
        } catch (IOException e) {
            throw unwritable(file, e);
        }
    }

    OutputStream stream() {
        return stream;
    }

    Path target() {
        return target;
    }

    /** Flushes the whole file to disk and moves it into place, replacing an older one. */
    void commit() {
        try {
            stream.flush();
            channel.force(true);
            channel.close();
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            committed = true;
        } catch (IOException e) {
            throw unwritable(target, e);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            try {
                channel.close();
            } catch (IOException e) {
                // the file is being thrown away: nothing to save
            }
            deleteQuietly(temp);
        }
    }

    /** An I/O failure while writing: a full disk named as such, a read-only folder, else the error. */
    static RuntimeException unwritable(Path file, IOException e) {
        Path folder = file.getParent();
        // Read-only first: a read-only file system also reports no free space.
        if (e instanceof AccessDeniedException || (e instanceof FileSystemException fs && fs.getReason() != null
                && fs.getReason().toLowerCase(java.util.Locale.ROOT).contains("read-only"))) {
            return new InvalidInputException(Problem.of(file.toString(), "export-folder-read-only", folder.toString()));
        }
        if (DiskSpace.isFull(e, folder)) {
            return new DataUnavailableException(DiskSpace.full(folder), e);
        }
        return new DataUnavailableException(Problem.of(file.toString(), "export-write-failed", String.valueOf(e.getMessage())), e);
    }

    static RuntimeException unwritable(Path file, UncheckedIOException e) {
        return unwritable(file, e.getCause());
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a leftover ".part" file is harmless and named as such
        }
    }
}
