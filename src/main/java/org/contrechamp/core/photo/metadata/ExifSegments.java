package org.contrechamp.core.photo.metadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.drew.imaging.tiff.TiffProcessingException;
import com.drew.imaging.tiff.TiffReader;
import com.drew.lang.ByteArrayReader;
import com.drew.lang.RandomAccessReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifReader;
import com.drew.metadata.exif.ExifTiffHandler;

/**
 * Reads the EXIF segments of a JPEG as metadata-extractor's ExifReader does, but skips the maker
 * notes: decoding them (dozens of vendor formats, each with its own classes) is a large share of
 * reading a header, and import needs only one vendor's, Reconyx's capture time (exiftool reads it
 * from there when EXIF has none). Everything else, thumbnail included, is read as usual.
 */
final class ExifSegments {

    private static final int MAKER_NOTE = 0x927C;
    private static final int PREAMBLE = ExifReader.JPEG_SEGMENT_PREAMBLE.length();

    private ExifSegments() {
    }

    /** Whether an APP1 segment holds EXIF ("Exif\0\0" then a TIFF structure). */
    static boolean isExif(byte[] app1) {
        return ExifReader.startsWithJpegExifPreamble(app1);
    }

    /**
     * Reads one EXIF segment into {@code metadata}. A structure error is recorded in the directory
     * it met (see {@link Metadata#hasErrors()}); metadata-extractor's own failures on hostile bytes
     * are thrown, and the caller decides what they cost.
     */
    static void read(byte[] segment, Metadata metadata) {
        WithoutMakerNotes handler = new WithoutMakerNotes(metadata);
        try {
            new TiffReader().processTiff(new ByteArrayReader(segment), handler, PREAMBLE);
        } catch (TiffProcessingException | IOException e) {
            handler.error("Exception processing TIFF data: " + e.getMessage());
        }
    }

    /** EXIF as usual, maker notes left out unless they are Reconyx's. */
    private static final class WithoutMakerNotes extends ExifTiffHandler {

        WithoutMakerNotes(Metadata metadata) {
            super(metadata, null, PREAMBLE);
        }

        @Override
        public boolean customProcessTag(int tagOffset, Set<Integer> processedIfdOffsets, int tiffHeaderOffset,
                                        RandomAccessReader reader, int tagId, int byteCount) throws IOException {
            if (tagId == MAKER_NOTE && !isReconyx(reader, tagOffset, byteCount)) {
                return true; // handled: not read
            }
            return super.customProcessTag(tagOffset, processedIfdOffsets, tiffHeaderOffset, reader, tagId, byteCount);
        }

        private static boolean isReconyx(RandomAccessReader reader, int offset, int byteCount) throws IOException {
            if (byteCount < 9 || offset < 0 || offset + 9 > reader.getLength()) {
                return false;
            }
            int version = reader.getUInt16(offset);
            if (version == 0xF101 || version == 0x01F1) {
                return true; // HyperFire
            }
            String prefix = new String(reader.getBytes(offset, 9), StandardCharsets.ISO_8859_1);
            return prefix.equals("RECONYXUF") || prefix.equals("RECONYXH2");
        }
    }
}
