package org.contrechamp.core.bundle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

import org.contrechamp.core.common.AtomicFiles;
import org.contrechamp.core.common.DataUnavailableException;
import org.contrechamp.core.common.DiskSpace;
import org.contrechamp.core.common.Problem;

/**
 * Photos as they travel in bundles, content-addressed in the data directory
 * ({@code shared-photos/sha256/ab/abcd…}): the re-encoded copies this volunteer shares and the
 * verified copies received from others. Never an original. Files are written whole (temporary file
 * then move) and never change once there.
 */
public final class SharedPhotoStore {

    public static final String FOLDER = "shared-photos";

    private final Path dataDirectory;
    private final Path root;

    public SharedPhotoStore(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.root = dataDirectory.resolve(FOLDER);
    }

    public Path pathOf(String sha256) {
        if (!BundleFormat.isHex64(sha256)) {
            throw new IllegalArgumentException("not a SHA-256");
        }
        return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    public Optional<Path> find(String sha256) {
        Path path = pathOf(sha256);
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? Optional.of(path) : Optional.empty();
    }

    /** Stores bytes whose hash the caller computed and checked; a no-op when already stored. */
    public Path put(String sha256, byte[] data) {
        Path path = pathOf(sha256);
        try {
            AtomicFiles.writeNew(path, data);
        } catch (IOException e) {
            throw unusable(e);
        }
        return path;
    }

    public long size(String sha256) {
        try {
            return Files.size(pathOf(sha256));
        } catch (IOException e) {
            throw unusable(e);
        }
    }

    /** A full disk said as such, naming the disk; anything else as the data directory being unusable. */
    private DataUnavailableException unusable(IOException e) {
        if (DiskSpace.isFull(e, root)) {
            return new DataUnavailableException(DiskSpace.full(dataDirectory), e);
        }
        return new DataUnavailableException(Problem.of(root.toString(), "data-dir-unusable", e.getMessage()), e);
    }
}
