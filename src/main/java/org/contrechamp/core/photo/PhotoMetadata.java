package org.contrechamp.core.photo;

import java.util.List;

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
 * @param unreadBlocks   the metadata blocks of the file that could not be read in full (a vendor's
 *                       damaged segment...), in file order; what the other blocks say was read all the same
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
        List<UnreadBlock> unreadBlocks) {

    public PhotoMetadata {
        unreadBlocks = unreadBlocks == null ? List.of() : List.copyOf(unreadBlocks);
    }

    /**
     * A metadata block that could not be read in full.
     *
     * @param kind   what it holds, a message key suffix under {@code photo.block.}: exif, xmp, iptc, ciff
     * @param marker the JPEG segment it sits in (0xE1 for APP1...)
     * @param offset where that segment starts in the file (its marker), in bytes
     */
    public record UnreadBlock(String kind, int marker, long offset) {

        /** The segment's name as JPEG calls it: APP0 to APP15. */
        public String segmentName() {
            return marker >= 0xE0 && marker <= 0xEF ? "APP" + (marker - 0xE0) : String.format("0x%02X", marker);
        }
    }

    /** Where an embedded JPEG preview lies in the file. */
    public record EmbeddedPreview(long offset, int length) {
    }

    /** The orientation to apply when showing the photo: 1 (as stored) when unknown or invalid. */
    public int displayOrientation() {
        return orientation != null && orientation >= 1 && orientation <= 8 ? orientation : 1;
    }

    public PhotoMetadata withPosition(PhotoPosition value) {
        return new PhotoMetadata(format, width, height, orientation, value, direction, directionRef, takenAt, make,
                model, preview, unreadBlocks);
    }
}
