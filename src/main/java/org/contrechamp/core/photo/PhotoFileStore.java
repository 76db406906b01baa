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
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Photo files in the data directory, content-addressed: {@code photos/ab/cdef…} holds the original
 * whose SHA-256 is {@code abcdef…}, {@code thumbnails/ab/cdef….jpg} its thumbnail. Every file is
 * written to a temporary file beside its place and moved there atomically, so a crash leaves either
 * nothing or the whole file; a stray temporary file is never read, and removed when the data
 * directory is next opened ({@link #removeLeftovers}). Since the name is
 * the content's hash, writing the same photo twice is the same file, and a file left without its
 * database row by a crash is simply found again by the next import.
 */
public final class PhotoFileStore {

    public static final String PHOTOS = "photos";
    public static final String THUMBNAILS = "thumbnails";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Temporary files: a copy being hashed (in photos/), a write in progress (beside its target). */
    private static final String IMPORT_PREFIX = "import-";
    private static final String WRITE_PREFIX = "write-";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final String IMPORT_TEMP = IMPORT_PREFIX + "*" + TEMP_SUFFIX;
    private static final String WRITE_TEMP = WRITE_PREFIX + "*" + TEMP_SUFFIX;
    private static final String SHARD_NAME = "[0-9a-f][0-9a-f]";

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
     * Copies a (large) file into the store while hashing it, without holding it in memory.
     *
     * @return its SHA-256
     */
    public String storeOriginal(Path source) throws IOException {
        Path folder = Files.createDirectories(root.resolve(PHOTOS));
        Path temp = Files.createTempFile(folder, IMPORT_PREFIX, TEMP_SUFFIX);
        try {
            MessageDigest digest = sha256();
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), digest)) {
                in.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(digest.digest());
            Path target = original(hash);
            if (isComplete(target, Files.size(temp))) {
                Files.delete(temp);
            } else {
                Files.createDirectories(target.getParent());
                move(temp, target);
            }
            return hash;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public void storeThumbnail(String sha256, byte[] jpeg) throws IOException {
        writeAtomically(thumbnail(sha256), jpeg);
    }

    /**
     * Deletes the temporary files a killed process left (a copy or a write cut short): they are never
     * read, but each may hold part of a photo, and nothing else would ever remove them. Call it only
     * while no import runs on this data directory, as when it has just been opened under its lock.
     *
     * @return how many were removed
     */
    public int removeLeftovers() throws IOException {
        int removed = 0;
        for (String folder : new String[] {PHOTOS, THUMBNAILS}) {
            Path top = root.resolve(folder);
            if (!Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            removed += removeTemporaries(top, IMPORT_TEMP);
            try (DirectoryStream<Path> shards = Files.newDirectoryStream(top, SHARD_NAME)) {
                for (Path shard : shards) {
                    if (Files.isDirectory(shard, LinkOption.NOFOLLOW_LINKS)) {
                        removed += removeTemporaries(shard, WRITE_TEMP);
                    }
                }
            }
        }
        return removed;
    }

    private static int removeTemporaries(Path folder, String glob) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(folder, glob)) {
            for (Path temp : temps) {
                if (Files.isRegularFile(temp, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(temp)) {
                    removed++;
                }
            }
        }
        return removed;
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

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path folder = Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(folder, WRITE_PREFIX, TEMP_SUFFIX);
        try {
            Files.write(temp, content);
            move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
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
