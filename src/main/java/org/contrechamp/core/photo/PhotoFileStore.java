package org.contrechamp.core.photo;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Photo files in the data directory, content-addressed: {@code photos/ab/cdef…} holds the original
 * whose SHA-256 is {@code abcdef…}, {@code thumbnails/ab/cdef….jpg} its thumbnail. Every file is
 * written to a temporary file beside its place and moved there atomically, so a crash leaves either
 * nothing or the whole file; a stray temporary file is harmless and never read, and removed once
 * stale ({@link #removeTemporaryFiles}). Since the name is
 * the content's hash, writing the same photo twice is the same file, and a file left without its
 * database row by a crash is simply found again by the next import.
 */
public final class PhotoFileStore {

    public static final String PHOTOS = "photos";
    public static final String THUMBNAILS = "thumbnails";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
    /** Temporary files: a copy being imported ({@code photos/import-*.tmp}), a file being written ({@code xx/write-*.tmp}). */
    static final String TEMP_OF_IMPORT = "import-";
    static final String TEMP_OF_WRITE = "write-";
    static final String TEMP_SUFFIX = ".tmp";

    private final Path root;

    public PhotoFileStore(Path dataDirectory) {
        this.root = dataDirectory;
    }

    /** Where the original of a photo is (or would be). */
    public Path original(String sha256) {
        return shard(PHOTOS, sha256, "");
    }

    public Path thumbnail(String sha256) {
        return shard(THUMBNAILS, sha256, ".jpg");
    }

    public Optional<Path> existingOriginal(String sha256) {
        Path p = original(sha256);
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }

    /** Stores an original's bytes under their hash, unless a file of that hash is already there. */
    public Path storeOriginal(String sha256, byte[] content) throws IOException {
        Path target = original(sha256);
        if (!isComplete(target, content.length)) {
            writeAtomically(target, content);
        }
        return target;
    }

    /**
     * Writes an original's bytes under their hash, replacing whatever file is there: the stored one
     * went missing or was damaged (its content no longer matches its name).
     */
    public Path restoreOriginal(String sha256, byte[] content) throws IOException {
        Path target = original(sha256);
        writeAtomically(target, content);
        return target;
    }

    /**
     * Copies a (large) file into the store while hashing it, without holding it in memory. A read
     * error is the source's (an {@link IOException}); a write error is the store's
     * ({@link PhotoStoreWriteException}). A stored file of that hash is replaced only when
     * {@code replace} is set or it is incomplete.
     *
     * @return its SHA-256
     */
    public String storeOriginal(Path source, boolean replace) throws IOException {
        Path folder = writing(root.resolve(PHOTOS), () -> Files.createDirectories(root.resolve(PHOTOS)));
        Path temp = writing(folder, () -> Files.createTempFile(folder, TEMP_OF_IMPORT, TEMP_SUFFIX));
        try {
            MessageDigest digest = sha256();
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = writing(temp, () -> Files.newOutputStream(temp))) {
                byte[] buffer = new byte[256 * 1024];
                int n;
                while ((n = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                    int length = n;
                    writing(temp, () -> {
                        out.write(buffer, 0, length);
                        return null;
                    });
                }
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = original(hash);
            if (!replace && isComplete(target, Files.size(temp))) {
                Files.delete(temp);
            } else {
                writing(target, () -> {
                    Files.createDirectories(target.getParent());
                    move(temp, target);
                    return null;
                });
            }
            return hash;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** {@link #storeOriginal(Path, boolean)} keeping a complete stored file. */
    public String storeOriginal(Path source) throws IOException {
        return storeOriginal(source, false);
    }

    /**
     * Whether the stored original of a photo is there and whole: its size and its content's SHA-256
     * are the ones it was stored under. Reads the whole file.
     */
    public boolean isIntact(String sha256, long byteSize) {
        Path file = original(sha256);
        try {
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.size(file) != byteSize) {
                return false;
            }
            MessageDigest digest = sha256();
            byte[] buffer = new byte[256 * 1024];
            try (InputStream in = Files.newInputStream(file)) {
                int n;
                while ((n = in.read(buffer)) > 0) {
                    digest.update(buffer, 0, n);
                }
            }
            return HexFormat.of().formatHex(digest.digest()).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }

    public void storeThumbnail(String sha256, byte[] jpeg) throws IOException {
        writeAtomically(thumbnail(sha256), jpeg);
    }

    /**
     * The temporary files of the store ({@code photos/import-*.tmp}, {@code photos/xx/write-*.tmp},
     * {@code thumbnails/xx/write-*.tmp}): files being written now, or left by a crash. Regular files
     * in the store's own folders only: a link is never followed, so nothing outside is ever listed.
     */
    public List<Path> temporaryFiles() {
        List<Path> found = new ArrayList<>();
        Path photos = root.resolve(PHOTOS);
        collectTemporary(photos, TEMP_OF_IMPORT, found);
        for (String folder : List.of(PHOTOS, THUMBNAILS)) {
            Path top = root.resolve(folder);
            if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (DirectoryStream<Path> shards = Files.newDirectoryStream(top,
                    p -> SHARD.matcher(p.getFileName().toString()).matches())) {
                for (Path shard : shards) {
                    if (Files.isDirectory(shard, LinkOption.NOFOLLOW_LINKS)) {
                        collectTemporary(shard, TEMP_OF_WRITE, found);
                    }
                }
            } catch (IOException e) {
                // an unreadable folder holds nothing we could remove either
            }
        }
        return found;
    }

    /**
     * Removes the temporary files last written before {@code olderThan}: left by a crash, since a
     * file being written is written to now. With the data directory's lock held and no import
     * running, any of them is stale ({@code olderThan} now).
     *
     * @return how many were removed (one that cannot be removed stays, and is listed again)
     */
    public int removeTemporaryFiles(Instant olderThan) {
        int removed = 0;
        for (Path temp : temporaryFiles()) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(temp, BasicFileAttributes.class,
                        LinkOption.NOFOLLOW_LINKS);
                if (attributes.isRegularFile() && attributes.lastModifiedTime().toInstant().isBefore(olderThan)
                        && Files.deleteIfExists(temp)) {
                    removed++;
                }
            } catch (IOException e) {
                // left where it is: harmless, never read, and found again next time
            }
        }
        return removed;
    }

    private static void collectTemporary(Path folder, String prefix, List<Path> found) {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*" + TEMP_SUFFIX)) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    found.add(file);
                }
            }
        } catch (IOException e) {
            // an unreadable folder: nothing to list
        }
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    public static String sha256Hex(byte[] content) {
        return HexFormat.of().formatHex(sha256().digest(content));
    }

    private static boolean isComplete(Path target, long size) throws IOException {
        return Files.isRegularFile(target) && Files.size(target) == size;
    }

    private void writeAtomically(Path target, byte[] content) throws IOException {
        Path folder = writing(target, () -> Files.createDirectories(target.getParent()));
        Path temp = writing(folder, () -> Files.createTempFile(folder, TEMP_OF_WRITE, TEMP_SUFFIX));
        try {
            writing(target, () -> {
                Files.write(temp, content);
                move(temp, target);
                return null;
            });
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A step that writes into the store. */
    @FunctionalInterface
    private interface Write<T> {
        T run() throws IOException;
    }

    /** Runs a write into the store; its failure becomes a {@link PhotoStoreWriteException} naming {@code target}. */
    private <T> T writing(Path target, Write<T> step) throws PhotoStoreWriteException {
        try {
            return step.run();
        } catch (PhotoStoreWriteException e) {
            throw e;
        } catch (IOException e) {
            throw new PhotoStoreWriteException(root, target, e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private Path shard(String folder, String sha256, String suffix) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(folder).resolve(sha256.substring(0, 2)).resolve(sha256.substring(2) + suffix);
    }
}
