package org.contrechamp.core.photo.metadata;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The marker segments of a JPEG header, in file order, up to the start of the image data: the
 * application segments that hold metadata, and the frame header that gives the pixel size. Reading
 * stops at the first scan, so a 2 KB and a 12 MB photo cost the same. File order matters: when two
 * segments say the same thing, exiftool lets the later one win, and so do we.
 */
final class JpegSegments {

    /** One application segment: its marker (0xE0 for APP0...) and content. */
    record Segment(int marker, byte[] data, long dataOffset) {
    }

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;

    final List<Segment> segments = new ArrayList<>();
    Integer width;
    Integer height;
    /** The frame type: 0xC0 baseline, 0xC2 progressive...; 0 when no frame header was read. */
    int frameMarker;
    /** Whether the header ended at a scan, as a whole photo does (a truncated file ends earlier). */
    boolean reachedImageData;

    private JpegSegments() {
    }

    /**
     * Reads the segments of a stream positioned at the start of a JPEG. A file that ends early keeps
     * what was read; only a stream that is no JPEG at all fails.
     */
    static JpegSegments read(InputStream in) throws IOException {
        JpegSegments result = new JpegSegments();
        CountingReader r = new CountingReader(in);
        if (r.read() != 0xFF || r.read() != 0xD8) {
            throw new IOException("not a JPEG");
        }
        try {
            while (true) {
                int b = r.read();
                if (b != 0xFF) {
                    // Garbage between segments: some writers leave it. Look for the next marker.
                    continue;
                }
                int marker = r.read();
                while (marker == 0xFF) {
                    marker = r.read(); // fill bytes
                }
                if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                    continue; // stuffed byte, TEM, restart markers: no length
                }
                if (marker == EOI) {
                    return result;
                }
                int length = (r.read() << 8) | r.read();
                if (length < 2) {
                    return result;
                }
                if (marker == SOS) {
                    result.reachedImageData = true;
                    return result;
                }
                long dataOffset = r.position();
                if (isApplication(marker) || marker == 0xFE) {
                    byte[] data = r.readUpTo(length - 2);
                    // A segment cut short by the end of the file still holds what was written first.
                    result.segments.add(new Segment(marker, data, dataOffset));
                    if (data.length < length - 2) {
                        return result;
                    }
                } else if (isFrame(marker)) {
                    byte[] data = r.readFully(length - 2);
                    if (data.length >= 5 && result.frameMarker == 0) {
                        result.frameMarker = marker;
                        result.height = ((data[1] & 0xFF) << 8) | (data[2] & 0xFF);
                        result.width = ((data[3] & 0xFF) << 8) | (data[4] & 0xFF);
                    }
                } else {
                    r.skip(length - 2);
                }
            }
        } catch (EOFException e) {
            return result; // truncated: reachedImageData stays false
        }
    }

    static boolean isApplication(int marker) {
        return marker >= 0xE0 && marker <= 0xEF;
    }

    /** Start-of-frame markers (C0–CF but C4 DHT, C8 JPG, CC DAC). */
    static boolean isFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    /** Sequential reads that know their position and fail with EOFException at the end. */
    private static final class CountingReader {
        private final InputStream in;
        private long position;

        CountingReader(InputStream in) {
            this.in = in;
        }

        int read() throws IOException {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            position++;
            return b;
        }

        byte[] readUpTo(int count) throws IOException {
            byte[] data = in.readNBytes(count);
            position += data.length;
            return data;
        }

        byte[] readFully(int count) throws IOException {
            byte[] data = readUpTo(count);
            if (data.length < count) {
                throw new EOFException();
            }
            return data;
        }

        void skip(long count) throws IOException {
            long left = count;
            while (left > 0) {
                long skipped = in.skip(left);
                if (skipped > 0) {
                    left -= skipped;
                    position += skipped;
                } else {
                    read(); // counts itself; throws at the end of the stream
                    left--;
                }
            }
        }

        long position() {
            return position;
        }
    }
}
