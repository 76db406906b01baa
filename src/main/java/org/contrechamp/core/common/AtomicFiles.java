package org.contrechamp.core.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files written whole or not at all: the bytes go to a temporary file beside the target, are flushed
 * to disk, then moved into place in one step. A crash leaves the old file (or none), never half of one.
 */
public final class AtomicFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    /** Shared files (repositories) are readable by the other users of a shared folder, as cp would leave them. */
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFiles() {
    }

    /** Writes {@code content} to {@code target}, replacing it; {@code ownerOnly} makes it mode 0600. */
    public static void write(Path target, byte[] content, boolean ownerOnly) throws IOException {
        Path temp = temp(target, ownerOnly);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
                channel.force(true);
            }
            move(temp, target, true);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Copies a stream to {@code target} through a temporary file; {@code replace} false keeps an existing one. */
    public static void copy(InputStream in, Path target, boolean replace) throws IOException {
        Path temp = temp(target, false);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                in.transferTo(java.nio.channels.Channels.newOutputStream(channel));
                channel.force(true);
            }
            move(temp, target, replace);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes a new file that must not exist yet. Returns false, writing nothing, when it exists
     * already (content-named files: same name, same bytes).
     */
    public static boolean writeNew(Path target, byte[] content) throws IOException {
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path temp = temp(target, false);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(java.nio.ByteBuffer.wrap(content));
                channel.force(true);
            }
            try {
                move(temp, target, false);
                return true;
            } catch (FileAlreadyExistsException e) {
                return false;
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Path temp(Path target, boolean ownerOnly) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        FileAttribute<?>[] attributes = posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
        Path temp = Files.createTempFile(dir, ".tmp-", ".part", attributes);
        if (posix && !ownerOnly) {
            Files.setPosixFilePermissions(temp, READABLE);
        }
        return temp;
    }

    private static void move(Path temp, Path target, boolean replace) throws IOException {
        try {
            if (replace) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // ATOMIC_MOVE may replace on POSIX; check first, the window is harmless for content-named files.
                if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    throw new FileAlreadyExistsException(target.toString());
                }
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (AtomicMoveNotSupportedException e) {
            if (replace) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            } else {
                Files.move(temp, target);
            }
        }
    }
}
