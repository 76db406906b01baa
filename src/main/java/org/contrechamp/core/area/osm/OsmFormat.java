package org.contrechamp.core.area.osm;

import java.nio.charset.StandardCharsets;

/**
 * The kinds of file an area can come from, told apart by their first bytes rather than by their
 * name: a {@code .osm} saved from a browser may well be gzip, and a renamed file should still work.
 */
public enum OsmFormat {
    PBF, XML, GZIP_XML, BZIP2, UNKNOWN;

    /** Recognises a format from the first bytes of a file (at least 32 are best). */
    public static OsmFormat sniff(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP_XML;
        }
        if (length >= 3 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h') {
            return BZIP2;
        }
        if (looksLikePbf(head, length)) {
            return PBF;
        }
        if (looksLikeXml(head, length)) {
            return XML;
        }
        return UNKNOWN;
    }

    /** A PBF file starts with a 4-byte header length and a BlobHeader whose type is "OSMHeader". */
    private static boolean looksLikePbf(byte[] head, int length) {
        if (length < 14) {
            return false;
        }
        int headerLength = ((head[0] & 0xff) << 24) | ((head[1] & 0xff) << 16) | ((head[2] & 0xff) << 8) | (head[3] & 0xff);
        if (headerLength <= 0 || headerLength > 64 * 1024) {
            return false;
        }
        String start = new String(head, 4, Math.min(length - 4, 20), StandardCharsets.ISO_8859_1);
        return start.contains("OSMHeader");
    }

    private static boolean looksLikeXml(byte[] head, int length) {
        int i = 0;
        if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            i = 3; // UTF-8 byte-order mark
        }
        while (i < length && Character.isWhitespace(head[i])) {
            i++;
        }
        return i < length && head[i] == '<';
    }
}
