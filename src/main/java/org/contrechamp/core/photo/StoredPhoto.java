package org.contrechamp.core.photo;

import java.time.Instant;
import java.util.UUID;

import org.contrechamp.core.sighting.PositionSource;

/**
 * A photo in the library: its content hash, what was read from it, and which sighting it shows.
 *
 * @param sha256         content hash (lower-case hex): the photo's identity and file name
 * @param byteSize       size of the original file
 * @param metadata       what was read from the file (its position is the file's own, or the track's)
 * @param positionSource {@code exif} or {@code gpx} when {@code metadata.position()} is set
 * @param takenInstant   the moment used to group photos (a camera time without offset read in the
 *                       zone the import assumed), or {@code null} when the photo has no time
 * @param originalName   the file name it was imported from (local only, never shared)
 * @param sightingId     the sighting it shows, or {@code null} while it waits to be placed
 * @param preview        whether a thumbnail could be made
 */
public record StoredPhoto(
        String sha256,
        long byteSize,
        PhotoMetadata metadata,
        PositionSource positionSource,
        Instant takenInstant,
        String originalName,
        Instant importedAt,
        UUID sightingId,
        Preview preview) {

    /** Whether a thumbnail exists: made, impossible (format Java cannot decode, bomb...), or not yet tried. */
    public enum Preview {
        PENDING("pending"),
        READY("ready"),
        NONE("none");

        private final String id;

        Preview(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public static Preview fromId(String id) {
            for (Preview p : values()) {
                if (p.id.equals(id)) {
                    return p;
                }
            }
            return PENDING;
        }
    }

    public StoredPhoto withSighting(UUID id) {
        return new StoredPhoto(sha256, byteSize, metadata, positionSource, takenInstant, originalName, importedAt, id,
                preview);
    }

    public StoredPhoto withPreview(Preview value) {
        return new StoredPhoto(sha256, byteSize, metadata, positionSource, takenInstant, originalName, importedAt,
                sightingId, value);
    }
}
