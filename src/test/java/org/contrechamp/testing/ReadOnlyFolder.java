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

    private ReadOnlyFolder(Path folder, boolean mounted) {
        this.folder = folder;
        this.mounted = mounted;
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

    public Path path() {
        return folder;
    }

    @Override
    public void close() throws IOException {
        if (mounted) {
            Commands.works("umount", folder.toString());
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
