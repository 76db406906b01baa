package org.contrechamp.core.photo.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

import org.contrechamp.core.photo.PhotoFileStore;
import org.contrechamp.core.photo.thumbnail.PictureCheck;
import org.contrechamp.core.photo.thumbnail.PictureDamage;
import org.contrechamp.core.photo.thumbnail.Thumbnail;
import org.contrechamp.core.photo.thumbnail.ThumbnailMaker;

/**
 * The CPU-heavy part of importing one photo, done ahead on a worker thread while earlier photos
 * are being stored: read the bytes, hash them, make the thumbnail. Holds the bytes until stored.
 *
 * @param content      the file's bytes, or {@code null} for a file too large to hold (or in a dry run)
 * @param storedIntact for a photo already in the library: whether its stored original is there and
 *                     whole (else the import restores it from this file); true otherwise
 * @param failure      the reading error, or {@code null}
 * @param damage       what is wrong with the picture of a photo new to the library ({@link PictureDamage#NONE}
 *                     when it is whole, or was not checked: in a dry run, a file too large to hold, one stored already)
 */
record PreparedPhoto(PhotoCandidate candidate, long size, String sha256, byte[] content, Thumbnail thumbnail,
                     boolean storedIntact, IOException failure, PictureDamage damage) {

    /**
     * Files up to this size are read into memory once for hash, store and thumbnail. With a few
     * photos in flight this stays well inside a 512 MB heap; larger files are streamed.
     */
    static final long IN_MEMORY_LIMIT = 48L * 1024 * 1024;

    /**
     * @param dryRun    a dry run reads headers only: no hash, no thumbnail
     * @param inLibrary whether a hash is already stored (then no thumbnail is made)
     * @param intact    whether the stored original of a hash is there and whole, for the size given
     *                  (asked of photos in the library only: it reads the stored file)
     */
    static PreparedPhoto prepare(PhotoCandidate c, boolean dryRun, Predicate<String> inLibrary,
                                 BiPredicate<String, Long> intact, ThumbnailMaker thumbnails) {
        try {
            long size = Files.size(c.path());
            if (dryRun) {
                return new PreparedPhoto(c, size, null, null, null, true, null, PictureDamage.NONE);
            }
            if (size > IN_MEMORY_LIMIT) {
                String sha = hash(c);
                return new PreparedPhoto(c, size, sha, null, null, !inLibrary.test(sha) || intact.test(sha, size), null,
                        PictureDamage.NONE);
            }
            byte[] content = Files.readAllBytes(c.path());
            String sha = PhotoFileStore.sha256Hex(content);
            boolean stored = inLibrary.test(sha);
            // A picture cut short or damaged is not stored at all (the import reports it as failed): its
            // thumbnail would be grey or black, and the whole file, copied again, is a photo of its own.
            PictureDamage damage = stored ? PictureDamage.NONE : PictureCheck.of(content, c.metadata().format());
            Thumbnail thumbnail = stored || damage != PictureDamage.NONE ? null : thumbnails.make(content, c.metadata());
            return new PreparedPhoto(c, size, sha, content, thumbnail, !stored || intact.test(sha, size), null, damage);
        } catch (IOException e) {
            return new PreparedPhoto(c, 0, null, null, null, true, e, PictureDamage.NONE);
        } catch (RuntimeException | OutOfMemoryError e) {
            return new PreparedPhoto(c, 0, null, null, null, true, new IOException(String.valueOf(e.getMessage()), e),
                    PictureDamage.NONE);
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
