package org.contrechamp.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A folder nothing can be written into, even by root: a read-only tmpfs mounted on it (Linux, as
 * root, as CI runs), else a folder without write permission (enough for any other user). Where
 * neither holds, {@link #make} skips the calling test.
 */
public final class ReadOnlyFolder implements AutoCloseable {

    private final Path folder;
    private final boolean mounted;

    private final boolean frozen;

    private ReadOnlyFolder(Path folder, boolean mounted) {
        this(folder, mounted, false);
    }

    private ReadOnlyFolder(Path folder, boolean mounted, boolean frozen) {
        this.folder = folder;
        this.mounted = mounted;
        this.frozen = frozen;
    }

    public static ReadOnlyFolder make(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (Commands.works("mount", "-t", "tmpfs", "-o", "ro,size=65536", "tmpfs", folder.toString())) {
            return new ReadOnlyFolder(folder, true);
        }
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path probe = folder.resolve("probe");
        boolean writable;
        try {
            Files.createFile(probe);
            Files.delete(probe);
            writable = true;
        } catch (IOException e) {
            writable = false;
        }
        ReadOnlyFolder made = new ReadOnlyFolder(folder, false);
        if (writable) {
            made.close();
        }
        assumeTrue(!writable, "cannot make a folder read-only here: test skipped");
        return made;
    }

    /**
     * Makes an existing folder, with what it holds, read-only: mounted read-only over itself (Linux, as
     * root), else its write permissions removed. Never skips: where neither stops writes (root without
     * mount), {@link #enforced()} is false, and the caller still checks that nothing was written.
     */
    public static ReadOnlyFolder freeze(Path folder) throws IOException {
        if (Commands.works("mount", "--bind", folder.toString(), folder.toString())) {
            if (Commands.works("mount", "-o", "remount,ro,bind", folder.toString())) {
                return new ReadOnlyFolder(folder, true);
            }
            Commands.works("umount", folder.toString());
        }
        setWritable(folder, false);
        return new ReadOnlyFolder(folder, false, true);
    }

    /** Whether writing into the folder really fails (false as root without a read-only mount). */
    public boolean enforced() {
        Path probe = folder.resolve("probe-" + System.nanoTime());
        try {
            Files.createFile(probe);
            Files.delete(probe);
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void setWritable(Path folder, boolean writable) throws IOException {
        try (java.util.stream.Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.toList()) {
                boolean dir = Files.isDirectory(p);
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(
                        writable ? (dir ? "rwxr-xr-x" : "rw-r--r--") : (dir ? "r-xr-xr-x" : "r--r--r--")));
            }
        }
    }

    public Path path() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        if (mounted) {
            Commands.works("umount", folder.toString());
        } else if (frozen) {
            setWritable(folder, true);
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
