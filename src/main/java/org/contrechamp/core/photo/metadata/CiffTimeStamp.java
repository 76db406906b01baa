package org.contrechamp.core.photo.metadata;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The capture time in a Canon CIFF block ("HEAPJPGM"), which early Canon PowerShot cameras wrote in
 * a JPEG APP0 segment instead of EXIF. The camera stored its local clock as if it were a Unix time
 * in UTC (exiftool reads it the same way). CIFF is a heap of records whose directory sits at the
 * offset given by the heap's last four bytes; sub-heaps nest.
 */
final class CiffTimeStamp {

    private static final int TIME_STAMP = 0x180E;
    private static final int MAX_DEPTH = 8;

    private final byte[] data;
    private final boolean littleEndian;

    private CiffTimeStamp(byte[] data, boolean littleEndian) {
        this.data = data;
        this.littleEndian = littleEndian;
    }

    /** Whether an APP0 segment is a CIFF block. */
    static boolean isCiff(byte[] app0) {
        return app0.length >= 14 && (startsWith(app0, "II") || startsWith(app0, "MM"))
                && new String(app0, 6, 8, StandardCharsets.ISO_8859_1).equals("HEAPJPGM");
    }

    /** The camera's local capture time, if the block holds a readable one. */
    static Optional<LocalDateTime> read(byte[] app0) {
        if (!isCiff(app0)) {
            return Optional.empty();
        }
        CiffTimeStamp reader = new CiffTimeStamp(app0, startsWith(app0, "II"));
        long headerLength = reader.u32(2);
        if (headerLength < 14 || headerLength >= app0.length) {
            return Optional.empty();
        }
        long seconds = reader.find((int) headerLength, app0.length, 0);
        if (seconds <= 0) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC));
    }

    /** Searches the heap [start, end) and its sub-heaps; -1 when not found or malformed. */
    private long find(int start, int end, int depth) {
        if (depth > MAX_DEPTH || end - start < 6) {
            return -1;
        }
        long directory = start + u32(end - 4);
        if (directory < start || directory + 2 > end) {
            return -1;
        }
        int count = u16((int) directory);
        for (int i = 0; i < count; i++) {
            int entry = (int) directory + 2 + i * 10;
            if (entry + 10 > end) {
                return -1;
            }
            int tag = u16(entry);
            long size = u32(entry + 2);
            long offset = start + u32(entry + 6);
            boolean inRecord = (tag & 0xC000) == 0x4000;
            int type = tag & 0x3800;
            if (!inRecord && (type == 0x2800 || type == 0x3000)) {
                if (offset >= start && offset + size <= end) {
                    long found = find((int) offset, (int) (offset + size), depth + 1);
                    if (found > 0) {
                        return found;
                    }
                }
            } else if ((tag & 0x3FFF) == TIME_STAMP) {
                long at = inRecord ? entry + 2 : offset;
                if (at >= start && at + 4 <= end) {
                    return u32((int) at);
                }
            }
        }
        return -1;
    }

    private int u16(int at) {
        int a = data[at] & 0xFF;
        int b = data[at + 1] & 0xFF;
        return littleEndian ? a | (b << 8) : (a << 8) | b;
    }

    private long u32(int at) {
        long lo = u16(littleEndian ? at : at + 2);
        long hi = u16(littleEndian ? at + 2 : at);
        return (hi << 16) | lo;
    }

    private static boolean startsWith(byte[] data, String prefix) {
        return new String(data, 0, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
    }
}
