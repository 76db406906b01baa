package org.contrechamp.core.photo.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.Predicate;

import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.core.photo.thumbnail.Thumbnail;
import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;

/**
 * The CPU-heavy part of importing one photo, done ahead on a worker thread while earlier photos
 * are being stored: read the bytes, hash them, make the thumbnail. Holds the bytes until stored.
 *
 * @param content the file's bytes, or {@code null} for a file too large to hold (or in a dry run)
 * @param failure the reading error, or {@code null}
 */
record PreparedPhoto(PhotoCandidate candidate, long size, String sha256, byte[] content, Thumbnail thumbnail,
                     IOException failure) {

    /**
     * Files up to this size are read into memory once for hash, store and thumbnail. With a few
     * photos in flight this stays well inside a 512 MB heap; larger files are streamed.
     */
    static final long IN_MEMORY_LIMIT = 48L * 1024 * 1024;

    /**
     * @param dryRun    a dry run reads headers only: no hash, no thumbnail
     * @param inLibrary whether a hash is already stored (then no thumbnail is made)
     */
    static PreparedPhoto prepare(PhotoCandidate c, boolean dryRun, Predicate<String> inLibrary, ThumbnailMaker thumbnails) {
        try {
            long size = Files.size(c.path());
            if (dryRun) {
                return new PreparedPhoto(c, size, null, null, null, null);
            }
            if (size > IN_MEMORY_LIMIT) {
                return new PreparedPhoto(c, size, hash(c), null, null, null);
            }
            byte[] content = Files.readAllBytes(c.path());
            String sha = PhotoFileStore.sha256Hex(content);
            Thumbnail thumbnail = inLibrary.test(sha) ? null : thumbnails.make(content, c.metadata());
            return new PreparedPhoto(c, size, sha, content, thumbnail, null);
        } catch (IOException e) {
            return new PreparedPhoto(c, 0, null, null, null, e);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new PreparedPhoto(c, 0, null, null, null, new IOException(String.valueOf(e.getMessage()), e));
        }
    }

    private static String hash(PhotoCandidate c) throws IOException {
        MessageDigest digest = PhotoFileStore.sha256();
        byte[] buffer = new byte[256 * 1024];
        try (InputStream in = Files.newInputStream(c.path())) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
