package org.contrechamp.core.common;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Telling a full disk from other write errors, and naming the disk for the user. Java has no
 * exception of its own for a full disk (ENOSPC): the system's words are in the message. When they
 * are not (SQLite says only "disk I/O error"), a disk with (almost) no room left is taken to be
 * the reason.
 */
public final class DiskSpace {

    /** Below this many usable bytes, a write error without a clear reason is taken for a full disk. */
    public static final long LOW = 1024L * 1024;

    /** The system's words: ENOSPC (Linux, macOS), EDQUOT, and Windows' ERROR_DISK_FULL / HANDLE_DISK_FULL. */
    private static final List<String> FULL_WORDS = List.of("no space left on device", "disk quota exceeded",
            "not enough space on the disk", "disk is full", "database or disk is full");

    private DiskSpace() {
    }

    /** "{where}: the disk that holds it, {disk}, is full…" ({@code problem.disk-full}). */
    public static Problem full(Path where) {
        return Problem.of(where.toString(), "disk-full", describeDisk(where));
    }

    /** Whether the message of {@code e} or of one of its causes says the disk is full. */
    public static boolean saysFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null) {
                String lower = message.toLowerCase(Locale.ROOT);
                if (FULL_WORDS.stream().anyMatch(lower::contains)) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Whether a failed write failed because the disk is full: the system says so, or the error has
     * no reason of its own (not a refusal or a missing folder) and less than {@link #LOW} is left.
     */
    public static boolean isFull(IOException e, long usableBytes) {
        if (saysFull(e)) {
            return true;
        }
        boolean hasItsOwnReason = e instanceof AccessDeniedException || e instanceof NoSuchFileException
                || e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException;
        return !hasItsOwnReason && usableBytes < LOW;
    }

    /** {@link #isFull(IOException, long)} with the room left on the disk that holds {@code where}. */
    public static boolean isFull(IOException e, Path where) {
        return saysFull(e) || isFull(e, usableBytes(where));
    }

    /** The bytes this process may still write on the disk of {@code where}; {@link Long#MAX_VALUE} when unknown. */
    public static long usableBytes(Path where) {
        Path existing = nearestExisting(where);
        if (existing == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Files.getFileStore(existing).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return Long.MAX_VALUE;
        }
    }

    /**
     * The disk that holds {@code where}, as the system names it: on Linux its mount point and device
     * ("/media/usb (/dev/sdb1)"), on Windows its label and drive ("Data (D:)"). The root of the path
     * when the system does not say.
     */
    public static String describeDisk(Path where) {
        Path existing = nearestExisting(where);
        if (existing != null) {
            try {
                return Files.getFileStore(existing).toString();
            } catch (IOException | SecurityException e) {
                // fall through to the root: naming a disk must never be the next error
            }
        }
        Path root = where.toAbsolutePath().getRoot();
        return root == null ? where.toString() : root.toString();
    }

    private static Path nearestExisting(Path where) {
        Path p = where.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p;
    }
}
