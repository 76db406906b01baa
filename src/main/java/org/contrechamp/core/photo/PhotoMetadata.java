package org.contrechamp.core.photo;

/**
 * What photo import reads from a file's metadata. Every field but {@code format} may be
 * {@code null}: not in the file, or not readable.
 *
 * @param orientation    the EXIF orientation number as written (1 to 8 when valid)
 * @param direction      GPSImgDirection: where the lens pointed, degrees clockwise from north
 * @param directionRef   {@code T} (true north) or {@code M} (magnetic north), as written
 * @param make           camera maker: kept locally, never shared
 * @param model          camera model: kept locally, never shared
 * @param preview        an embedded JPEG preview (the EXIF thumbnail), for fast thumbnails
 * @param warning        what was odd about the file though it could be read (a damaged segment...),
 *                       as a message key under {@code photo.warning.}, or {@code null}
 */
public record PhotoMetadata(
        PhotoFormat format,
        Integer width,
        Integer height,
        Integer orientation,
        PhotoPosition position,
        Double direction,
        String directionRef,
        PhotoTime takenAt,
        String make,
        String model,
        EmbeddedPreview preview,
        String warning) {

    /** Where an embedded JPEG preview lies in the file. */
    public record EmbeddedPreview(long offset, int length) {
    }

    /** The orientation to apply when showing the photo: 1 (as stored) when unknown or invalid. */
    public int displayOrientation() {
        return orientation != null && orientation >= 1 && orientation <= 8 ? orientation : 1;
    }

    public PhotoMetadata withPosition(PhotoPosition value) {
        return new PhotoMetadata(format, width, height, orientation, value, direction, directionRef, takenAt, make,
                model, preview, warning);
    }
}
