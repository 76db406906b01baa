package org.contrechamp.core.bundle;

/**
 * Walks the segments of a received JPEG without decoding it: the file must be a plain baseline or
 * progressive JPEG whose only segments are the ones needed to draw it. Any metadata segment (EXIF,
 * XMP, ICC, IPTC, maker notes: APP1 to APP15), a comment, a JFIF thumbnail, or bytes after the end
 * marker (a Motion Photo video, a trailer) is refused: shared photos carry nothing but pixels.
 * The frame size is checked against the pixel-count limit before anyone decodes it.
 */
public final class JpegInspector {

    /** Width and height from the frame header. */
    public record Frame(int width, int height) {
    }

    private JpegInspector() {
    }

    public static Frame inspect(byte[] data, String source, String sha) {
        if (data.length < 4 || (data[0] & 0xff) != 0xff || (data[1] & 0xff) != 0xd8 || (data[2] & 0xff) != 0xff) {
            throw new BundleRejectedException(source, "bundle-blob-type", sha, "not a JPEG");
        }
        int pos = 2;
        Frame frame = null;
        boolean scanned = false;
        while (true) {
            if (pos >= data.length || (data[pos] & 0xff) != 0xff) {
                throw corrupt(source, sha);
            }
            while (pos < data.length && (data[pos] & 0xff) == 0xff) {
                pos++; // fill bytes
            }
            if (pos >= data.length) {
                throw corrupt(source, sha);
            }
            int marker = data[pos++] & 0xff;
            if (marker == 0xd9) {
                if (pos != data.length) {
                    throw new BundleRejectedException(source, "bundle-blob-metadata", sha, "data after the end of the image");
                }
                if (frame == null || !scanned) {
                    throw corrupt(source, sha);
                }
                return frame;
            }
            if (marker >= 0xd0 && marker <= 0xd7 || marker == 0x01) {
                continue; // standalone markers
            }
            if (pos + 2 > data.length) {
                throw corrupt(source, sha);
            }
            int length = ((data[pos] & 0xff) << 8) | (data[pos + 1] & 0xff);
            if (length < 2 || pos + length > data.length) {
                throw corrupt(source, sha);
            }
            int body = pos + 2;
            int end = pos + length;
            if (isFrame(marker)) {
                if (frame != null || length < 8) {
                    throw corrupt(source, sha);
                }
                int height = ((data[body + 1] & 0xff) << 8) | (data[body + 2] & 0xff);
                int width = ((data[body + 3] & 0xff) << 8) | (data[body + 4] & 0xff);
                frame = checkedFrame(width, height, source, sha);
            } else if (marker == 0xe0) {
                if (!isPlainJfif(data, body, length)) {
                    throw new BundleRejectedException(source, "bundle-blob-metadata", sha, "APP0 other than a plain JFIF header");
                }
            } else if (marker >= 0xe1 && marker <= 0xef || marker == 0xfe) {
                throw new BundleRejectedException(source, "bundle-blob-metadata", sha,
                        marker == 0xfe ? "comment" : String.format("APP%d segment", marker - 0xe0));
            } else if (marker == 0xda) {
                if (frame == null) {
                    throw corrupt(source, sha);
                }
                scanned = true;
                end = skipEntropyData(data, end, source, sha);
            } else if (marker != 0xc4 && marker != 0xcc && marker != 0xdb && marker != 0xdd) {
                throw corrupt(source, sha);
            }
            pos = end;
        }
    }

    /** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    /** "JFIF\0", version, units, densities, and a 0 × 0 thumbnail: 16 bytes with the length. */
    private static boolean isPlainJfif(byte[] data, int body, int length) {
        return length == 16 && data[body] == 'J' && data[body + 1] == 'F' && data[body + 2] == 'I'
                && data[body + 3] == 'F' && data[body + 4] == 0 && data[body + 12] == 0 && data[body + 13] == 0;
    }

    /** Skips entropy-coded bytes up to the next real marker (not a stuffed 0xFF00, not a restart). */
    private static int skipEntropyData(byte[] data, int pos, String source, String sha) {
        int i = pos;
        while (i + 1 < data.length) {
            if ((data[i] & 0xff) == 0xff) {
                int next = data[i + 1] & 0xff;
                if (next != 0x00 && next != 0xff && !(next >= 0xd0 && next <= 0xd7)) {
                    return i;
                }
                if (next == 0xff) {
                    i++;
                    continue;
                }
                i += 2;
                continue;
            }
            i++;
        }
        throw corrupt(source, sha);
    }

    private static Frame checkedFrame(int width, int height, String source, String sha) {
        if (width == 0 || height == 0) {
            throw corrupt(source, sha);
        }
        if (width > BundleFormat.MAX_BLOB_EDGE || height > BundleFormat.MAX_BLOB_EDGE
                || (long) width * height > BundleFormat.MAX_BLOB_PIXELS) {
            throw new BundleRejectedException(source, "bundle-blob-too-many-pixels", sha, width, height);
        }
        return new Frame(width, height);
    }

    private static BundleRejectedException corrupt(String source, String sha) {
        return new BundleRejectedException(source, "bundle-blob-corrupt", sha);
    }
}
