package org.contrechamp.core.photo.thumbnail;

/**
 * Reads the entropy-coded bits of a JPEG scan: removes the stuffed zero after each 0xFF, stops at a
 * marker (and then reads zeros, so damaged or truncated data decodes to grey instead of failing),
 * and moves past restart markers.
 */
final class BitReader {

    /** A code that no Huffman table holds: the scan's data is damaged. */
    static final class CorruptCode extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        CorruptCode() {
            super("corrupt Huffman code");
        }
    }

    private final byte[] data;
    private int pos;
    private long buffer;
    private int count;
    private boolean atMarker;
    /** Zero bytes fed in place of data since the last restart: the last {@code 8 * padding} bits of the buffer. */
    private int padding;
    /** Whether a code needed bits beyond the scan's data: the picture was cut off or damaged. */
    private boolean ranShort;

    BitReader(byte[] data, int start) {
        this.data = data;
        this.pos = start;
    }

    private void fill() {
        while (count <= 56) {
            int b = 0;
            if (atMarker || pos >= data.length) {
                padding++;
            } else {
                b = data[pos] & 0xFF;
                if (b == 0xFF) {
                    int next = pos + 1 < data.length ? data[pos + 1] & 0xFF : 0xD9;
                    if (next == 0) {
                        pos += 2;
                    } else {
                        atMarker = true;
                        padding++;
                        b = 0;
                    }
                } else {
                    pos++;
                }
            }
            buffer |= ((long) b) << (56 - count);
            count += 8;
        }
    }

    int bits(int n) {
        if (n == 0) {
            return 0;
        }
        if (count < n) {
            fill();
        }
        int value = (int) (buffer >>> (64 - n));
        buffer <<= n;
        consumed(n);
        return value;
    }

    void skip(int n) {
        if (count < n) {
            fill();
        }
        buffer <<= n;
        consumed(n);
    }

    private void consumed(int n) {
        count -= n;
        if (count < 8 * padding) {
            ranShort = true;
        }
    }

    /**
     * Whether some code was read from the zeros that stand in for missing data: the scan's data
     * ended (at a marker, or at the end of the file) before its last block.
     */
    boolean ranShort() {
        return ranShort;
    }

    /** JPEG's EXTEND: the top half of the range is positive, the bottom half negative. */
    int extend(int value, int size) {
        return value < (1 << (size - 1)) ? value - (1 << size) + 1 : value;
    }

    int decode(Huffman table) {
        if (count < 16) {
            fill();
        }
        int peek = (int) (buffer >>> (64 - Huffman.FAST_BITS));
        int entry = table.fast[peek];
        if (entry != 0) {
            int length = entry >> 8;
            buffer <<= length;
            consumed(length);
            return entry & 0xFF;
        }
        int code16 = (int) (buffer >>> 48);
        for (int length = Huffman.FAST_BITS + 1; length <= 16; length++) {
            int code = code16 >>> (16 - length);
            if (code <= table.maxCode[length]) {
                buffer <<= length;
                consumed(length);
                return table.symbols[table.valueOffset[length] + code];
            }
        }
        throw new CorruptCode();
    }

    /** Goes past the restart marker at (or after) the current byte and starts afresh. */
    void restart() {
        buffer = 0;
        count = 0;
        padding = 0;
        atMarker = false;
        while (pos + 1 < data.length) {
            if ((data[pos] & 0xFF) == 0xFF && (data[pos + 1] & 0xFF) >= 0xD0 && (data[pos + 1] & 0xFF) <= 0xD7) {
                pos += 2;
                return;
            }
            if ((data[pos] & 0xFF) == 0xFF && (data[pos + 1] & 0xFF) != 0 && (data[pos + 1] & 0xFF) != 0xFF) {
                return; // another marker: the data is damaged; read zeros from here
            }
            pos++;
        }
    }

    /** The position of the next marker that is not a restart marker (the end of the scan). */
    int nextMarker() {
        int p = pos;
        while (p + 1 < data.length) {
            if ((data[p] & 0xFF) == 0xFF) {
                int m = data[p + 1] & 0xFF;
                if (m != 0 && m != 0xFF && !(m >= 0xD0 && m <= 0xD7)) {
                    return p;
                }
            }
            p++;
        }
        return data.length;
    }
}
