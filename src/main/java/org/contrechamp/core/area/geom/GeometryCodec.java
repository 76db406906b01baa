package org.contrechamp.core.area.geom;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The compact byte form of a {@link Geometry} stored in the area database: the number of parts,
 * then per part its number of points and the points as zig-zag varint deltas from the previous
 * point (across parts). A street node is then 2 to 4 bytes instead of 16.
 */
public final class GeometryCodec {

    private GeometryCodec() {
    }

    public static byte[] encode(Geometry geometry) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + geometry.totalPoints() * 4);
        writeVarint(out, geometry.partCount());
        long lastLon = 0;
        long lastLat = 0;
        for (int p = 0; p < geometry.partCount(); p++) {
            int[] part = geometry.part(p);
            writeVarint(out, part.length / 2);
            for (int i = 0; i < part.length; i += 2) {
                writeVarint(out, zigzag(part[i] - lastLon));
                writeVarint(out, zigzag(part[i + 1] - lastLat));
                lastLon = part[i];
                lastLat = part[i + 1];
            }
        }
        return out.toByteArray();
    }

    /** Reads what {@link #encode} wrote; a damaged blob raises {@link IllegalArgumentException}. */
    public static Geometry decode(byte[] bytes) {
        int[] position = {0};
        int partCount = (int) readVarint(bytes, position);
        if (partCount < 0 || partCount > bytes.length) {
            throw new IllegalArgumentException("damaged geometry");
        }
        List<int[]> parts = new ArrayList<>(partCount);
        long lon = 0;
        long lat = 0;
        for (int p = 0; p < partCount; p++) {
            int points = (int) readVarint(bytes, position);
            if (points < 0 || points > bytes.length) {
                throw new IllegalArgumentException("damaged geometry");
            }
            int[] part = new int[points * 2];
            for (int i = 0; i < part.length; i += 2) {
                lon += unzigzag(readVarint(bytes, position));
                lat += unzigzag(readVarint(bytes, position));
                part[i] = (int) lon;
                part[i + 1] = (int) lat;
            }
            parts.add(part);
        }
        return new Geometry(parts);
    }

    private static long zigzag(long value) {
        return (value << 1) ^ (value >> 63);
    }

    private static long unzigzag(long value) {
        return (value >>> 1) ^ -(value & 1);
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long readVarint(byte[] bytes, int[] position) {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position[0] >= bytes.length) {
                throw new IllegalArgumentException("damaged geometry");
            }
            byte b = bytes[position[0]++];
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new IllegalArgumentException("damaged geometry");
    }
}
