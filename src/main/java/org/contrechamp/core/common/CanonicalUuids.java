package org.contrechamp.core.common;

import java.util.UUID;

/**
 * Reads a UUID written the one way {@link UUID#toString()} writes it: 36 characters, lower-case
 * hexadecimal digits in groups of 8, 4, 4, 4 and 12 separated by hyphens. Ids in records and bundles
 * must be in this form; {@link UUID#fromString} accepts others ({@code 1-1-1-1-1}, upper case), and
 * checking its result against {@code toString()} made two objects and a string per id, twice per
 * record of a bundle.
 */
public final class CanonicalUuids {

    private CanonicalUuids() {
    }

    /** The UUID {@code text} is the canonical form of, or null when it is not one. */
    public static UUID parse(String text) {
        if (text == null || text.length() != 36 || text.charAt(8) != '-' || text.charAt(13) != '-'
                || text.charAt(18) != '-' || text.charAt(23) != '-') {
            return null;
        }
        long a = hex(text, 0, 8);
        long b = hex(text, 9, 4);
        long c = hex(text, 14, 4);
        long d = hex(text, 19, 4);
        long e = hex(text, 24, 12);
        if (a < 0 || b < 0 || c < 0 || d < 0 || e < 0) {
            return null;
        }
        return new UUID(a << 32 | b << 16 | c, d << 48 | e);
    }

    /** The value of {@code length} (at most 15) lower-case hex digits at {@code from}, or -1. */
    private static long hex(String text, int from, int length) {
        long value = 0;
        for (int i = from; i < from + length; i++) {
            char ch = text.charAt(i);
            int digit;
            if (ch >= '0' && ch <= '9') {
                digit = ch - '0';
            } else if (ch >= 'a' && ch <= 'f') {
                digit = ch - 'a' + 10;
            } else {
                return -1;
            }
            value = value << 4 | digit;
        }
        return value;
    }
}
